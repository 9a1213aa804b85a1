#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

// A value or the message that says why there is none. Messages are written
// for the person who gave the input: they name the file, line and field.
template <typename T> class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    static Expected failure(QString message)
    {
        Expected result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
};

// The outcome of an operation that yields nothing but may fail.
using Status = Expected<std::monostate>;
inline Status success()
{
    return Status(std::monostate{});
}
