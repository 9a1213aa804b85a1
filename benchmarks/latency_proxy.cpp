// A TCP relay that delays every byte by a fixed time in each direction: a
// PostgreSQL server on the loopback then answers as one across a network
// would, a round trip costing twice the delay. Bandwidth is not limited;
// only latency is added, which is what a per-statement protocol pays for.
//
//   latency_proxy LISTEN_PORT TARGET_PORT DELAY_MS
//
// Listens on 127.0.0.1:LISTEN_PORT, relays each connection to
// 127.0.0.1:TARGET_PORT, prints "ready" once listening and runs until killed.

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Chunk
{
    Clock::time_point due;
    std::vector<char> bytes;
};

bool writeAll(int socket, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::send(socket, data, size, MSG_NOSIGNAL);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= std::size_t(written);
    }
    return true;
}

// One direction of a connection: what `from` sends reaches `to` `delay`
// later, in order. Reading goes on while earlier chunks wait, so the delay
// is added once per trip, not once per chunk.
void relay(int from, int to, std::chrono::microseconds delay)
{
    std::deque<Chunk> waiting;
    bool open = true;
    while (open || !waiting.empty()) {
        int timeoutMs = -1;
        if (!waiting.empty()) {
            const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(waiting.front().due - Clock::now());
            timeoutMs = int(std::max<std::chrono::milliseconds::rep>(0, left.count()));
        }
        if (open && timeoutMs != 0) {
            pollfd readable{from, POLLIN, 0};
            const int ready = ::poll(&readable, 1, timeoutMs);
            if (ready < 0 && errno != EINTR)
                break;
            if (ready > 0) {
                Chunk chunk{Clock::now() + delay, std::vector<char>(64 * 1024)};
                const ssize_t got = ::recv(from, chunk.bytes.data(), chunk.bytes.size(), 0);
                if (got <= 0) {
                    open = false;
                } else {
                    chunk.bytes.resize(std::size_t(got));
                    waiting.push_back(std::move(chunk));
                }
            }
        } else if (!open && !waiting.empty()) {
            std::this_thread::sleep_until(waiting.front().due);
        }
        while (!waiting.empty() && waiting.front().due <= Clock::now()) {
            if (!writeAll(to, waiting.front().bytes.data(), waiting.front().bytes.size())) {
                waiting.clear();
                open = false;
                break;
            }
            waiting.pop_front();
        }
    }
    ::shutdown(to, SHUT_WR);
}

int listenOn(int port)
{
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(server, 64) != 0) {
        std::perror("latency_proxy: listen");
        std::exit(1);
    }
    return server;
}

int connectTo(int port)
{
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(client);
        return -1;
    }
    return client;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: latency_proxy LISTEN_PORT TARGET_PORT DELAY_MS\n");
        return 2;
    }
    const int listenPort = std::atoi(argv[1]);
    const int targetPort = std::atoi(argv[2]);
    const auto delay = std::chrono::microseconds(std::llround(std::atof(argv[3]) * 1000));
    const int server = listenOn(listenPort);
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const int client = ::accept(server, nullptr, nullptr);
        if (client < 0)
            continue;
        const int target = connectTo(targetPort);
        if (target < 0) {
            ::close(client);
            continue;
        }
        // Nagle's algorithm would add its own wait to small messages.
        const int yes = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
        ::setsockopt(target, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
        std::thread([client, target, delay] {
            std::thread back(relay, target, client, delay);
            relay(client, target, delay);
            back.join();
            ::close(client);
            ::close(target);
        }).detach();
    }
}
