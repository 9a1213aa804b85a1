#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

enum class Channel : quint8 { Email, Chat, Phone, Web };
inline constexpr std::array<Channel, 4> AllChannels{Channel::Email, Channel::Chat, Channel::Phone,
                                                    Channel::Web};

// "email", "chat", "phone", "web": the words of the CSV files.
QString channelCode(Channel channel);
std::optional<Channel> parseChannel(QStringView text);
// English label, marked for translation in the "Channel" context.
const char *channelLabel(Channel channel);
