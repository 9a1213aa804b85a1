#pragma once

#include "Error.h"

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>
#include <variant>

// A value or the error that says why there is none. Messages are written
// for the person who gave the input: they name the file, line and field.
// Ignoring one is a compiler warning (an error with -Werror), and asking a
// failure for its value stops the program instead of reading garbage.
template <typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    // A failure; `return other.error();` passes another's on unchanged.
    Expected(Error error) : m_error(std::move(error)) {}
    static Expected failure(Error::Kind kind, QString message)
    {
        return Expected(Error{kind, std::move(message)});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const &
    {
        checkValue();
        return *m_value;
    }
    T &value() &
    {
        checkValue();
        return *m_value;
    }
    // By value from a temporary, so that `for (x : store.all().value())`
    // iterates over a list that lives as long as the loop.
    T value() &&
    {
        checkValue();
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // Empty, of kind InvalidInput, on a value.
    const Error &error() const { return m_error; }
    Error::Kind errorKind() const { return m_error.kind; }
    const QString &message() const { return m_error.message; }

private:
    void checkValue() const
    {
        if (!m_value)
            qFatal("Expected::value() of a failure: %s", qUtf8Printable(m_error.message));
    }

    std::optional<T> m_value;
    Error m_error;
};

// The outcome of an operation that yields nothing but may fail.
using Status = Expected<std::monostate>;
inline Status success()
{
    return Status(std::monostate{});
}
