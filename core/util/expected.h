// SPDX-License-Identifier: MIT
#pragma once

#include <utility>
#include <variant>

namespace webcare {

// C++20 has no std::expected: results carry either a value or the error that explains why there is none.
template <typename E> struct Unexpected {
    E error;
};
template <typename E> Unexpected<std::decay_t<E>> unexpected(E &&e) { return {std::forward<E>(e)}; }

template <typename T, typename E> class [[nodiscard]] Expected {
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    template <typename G> Expected(Unexpected<G> u)
        : m_data(std::in_place_index<1>, E(std::move(u.error)))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// Expected<void, E>: success or an error.
template <typename E> class [[nodiscard]] Expected<void, E> {
public:
    Expected() = default;
    template <typename G> Expected(Unexpected<G> u)
        : m_error(E(std::move(u.error)))
        , m_failed(true)
    {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace webcare

// Returns the error of `expr` (an Expected of any value type) from the enclosing function, which returns an Expected
// with the same error type; goes on when it holds a value. For the many "do this, stop at the first failure" steps.
#define WEBCARE_TRY(expr)                                                                                              \
    do {                                                                                                               \
        if (auto webcareTryResult_ = (expr); !webcareTryResult_)                                                       \
            return ::webcare::unexpected(webcareTryResult_.error());                                                   \
    } while (false)
