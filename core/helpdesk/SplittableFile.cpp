#include "SplittableFile.h"

#include <QMutexLocker>

namespace {

// A line end is looked for this far: a record longer than that is no place
// to cut.
constexpr qint64 LineEndSearch = 1 << 20;
constexpr qint64 SearchBlock = 64 * 1024;

} // namespace

SplittableFile::SplittableFile(const QString &path) : m_path(path), m_file(path)
{
}

bool SplittableFile::open(OpenMode mode)
{
    if ((mode & ~(ReadOnly | Unbuffered | Text)) != NotOpen || !(mode & ReadOnly))
        return false;
    // Unbuffered below: this device's own buffer is the only one.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_end = m_file.size();
    return QIODevice::open(mode);
}

void SplittableFile::close()
{
    QIODevice::close();
    m_file.close();
}

qint64 SplittableFile::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_end;
}

bool SplittableFile::seek(qint64 position)
{
    {
        const QMutexLocker locker(&m_mutex);
        if (position < 0 || position > m_end || !m_file.seek(position))
            return false;
    }
    return QIODevice::seek(position);
}

qint64 SplittableFile::readData(char *data, qint64 maximum)
{
    const QMutexLocker locker(&m_mutex);
    const qint64 wanted = std::min(maximum, m_end - m_file.pos());
    if (wanted <= 0)
        return 0;
    const qint64 got = m_file.read(data, wanted);
    if (got < 0)
        setErrorString(m_file.errorString());
    return got;
}

std::optional<qint64> SplittableFile::cutAfterHalfOfRest(qint64 minimumRest)
{
    const QMutexLocker locker(&m_mutex);
    if (!m_file.isOpen())
        return std::nullopt;
    const qint64 read = m_file.pos();
    if (m_end - read < std::max<qint64>(minimumRest, 2))
        return std::nullopt;
    const auto cut = lineEndFrom(read + (m_end - read) / 2);
    if (!cut || *cut >= m_end)
        return std::nullopt;
    m_end = *cut;
    return cut;
}

// Just after the first LF at or after `offset`, read through a handle of
// its own (the reader's position stays).
std::optional<qint64> SplittableFile::lineEndFrom(qint64 offset) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(offset))
        return std::nullopt;
    QByteArray block(SearchBlock, Qt::Uninitialized);
    for (qint64 searched = 0; searched < LineEndSearch;) {
        const qint64 got = file.read(block.data(), SearchBlock);
        if (got <= 0)
            return std::nullopt;
        const qsizetype at = QByteArrayView(block.constData(), got).indexOf('\n');
        if (at >= 0)
            return offset + searched + at + 1;
        searched += got;
    }
    return std::nullopt;
}
