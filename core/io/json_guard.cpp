#include "json_guard.h"

#include <vector>

namespace aimc::core {
namespace {

// nlohmann's own DOM builder behind a SAX front that counts depth and remembers where it is.
template <typename Json> class GuardedSax {
public:
    using Int = typename Json::number_integer_t;
    using Uint = typename Json::number_unsigned_t;
    using Float = typename Json::number_float_t;
    using String = typename Json::string_t;
    using Binary = typename Json::binary_t;

    explicit GuardedSax(Json& out) : m_dom(out, false) {}

    bool null() { return value() && m_dom.null(); }
    bool boolean(bool v) { return value() && m_dom.boolean(v); }
    bool number_integer(Int v) { return value() && m_dom.number_integer(v); }
    bool number_unsigned(Uint v) { return value() && m_dom.number_unsigned(v); }
    bool number_float(Float v, const String& s) { return value() && m_dom.number_float(v, s); }
    bool string(String& v) { return value() && m_dom.string(v); }
    bool binary(Binary& v) { return value() && m_dom.binary(v); }
    bool start_object(std::size_t n) { return open(false) && m_dom.start_object(n); }
    bool start_array(std::size_t n) { return open(true) && m_dom.start_array(n); }
    bool key(String& k) {
        m_frames.back().key = k;
        return m_dom.key(k);
    }
    bool end_object() {
        m_frames.pop_back();
        return m_dom.end_object();
    }
    bool end_array() {
        m_frames.pop_back();
        return m_dom.end_array();
    }
    template <typename Exception> bool parse_error(std::size_t byte, const std::string& token, const Exception& e) {
        m_error.byte = byte;
        if (e.id == 406) // the lexer read a number beyond the range of a double
            m_error.message = where() + "number " + token + " is out of range (beyond ±1.8e308)";
        else
            m_error.message = where() + e.what();
        return false;
    }
    std::optional<JsonParseError> error() const {
        return m_error.message.empty() ? std::nullopt : std::optional<JsonParseError>(m_error);
    }
    void nestingError(std::size_t byte) {
        m_error.byte = byte;
        m_error.message = where() + "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
    }
    bool tooDeep() const { return m_tooDeep; }

private:
    struct Frame {
        bool array = false;
        std::size_t index = 0; // arrays: the next element's index
        String key;            // objects: the current key
    };
    // Called for every value: an array element's index advances.
    bool value() {
        if (!m_frames.empty() && m_frames.back().array) {
            String& k = m_frames.back().key; // built in place: gcc 12 warns (-Wrestrict) on "[" + s
            k.assign(1, '[');
            k += std::to_string(m_frames.back().index++);
            k += ']';
        }
        return true;
    }
    bool open(bool array) {
        value();
        if (m_frames.size() >= kMaxJsonDepth) {
            m_tooDeep = true;
            return false;
        }
        m_frames.push_back({array, 0, {}});
        return true;
    }
    std::string where() const {
        std::string path;
        for (const auto& f : m_frames) {
            if (f.key.empty())
                break;
            if (!path.empty() && !f.array && f.key[0] != '[')
                path += '.';
            path += f.key;
        }
        // Inside an array the key names the element just read.
        return path.empty() ? std::string() : path + ": ";
    }

    nlohmann::detail::json_sax_dom_parser<Json> m_dom;
    std::vector<Frame> m_frames;
    JsonParseError m_error;
    bool m_tooDeep = false;
};

template <typename Json> std::optional<JsonParseError> parseWith(std::string_view text, Json& out) {
    out = Json();
    GuardedSax<Json> sax(out);
    const bool ok = Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (ok)
        return std::nullopt;
    if (sax.tooDeep()) {
        // SAX does not report the byte; find the bracket that went one level too deep.
        std::size_t depth = 0, at = 0;
        bool inString = false, escaped = false;
        for (; at < text.size(); ++at) {
            const char c = text[at];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if ((c == '[' || c == '{') && ++depth > kMaxJsonDepth) {
                break;
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
        sax.nestingError(at);
    }
    out = Json();
    auto err = sax.error();
    return err ? err : std::optional<JsonParseError>(JsonParseError{0, "not valid JSON"});
}

template <typename Json> std::string describe(const Json& v) {
    if (v.is_object())
        return "an object of " + std::to_string(v.size()) + " keys";
    if (v.is_array())
        return "a list of " + std::to_string(v.size()) + " values";
    if (v.is_string()) {
        const auto& s = v.template get_ref<const typename Json::string_t&>();
        return s.size() <= 60 ? Json(s).dump() : Json(s.substr(0, 60)).dump() + "...";
    }
    return v.dump(); // a scalar: no recursion
}

} // namespace

std::optional<JsonParseError> parseJsonText(std::string_view text, nlohmann::json& out) { return parseWith(text, out); }
std::optional<JsonParseError> parseJsonText(std::string_view text, nlohmann::ordered_json& out) {
    return parseWith(text, out);
}
std::string describeJson(const nlohmann::json& v) { return describe(v); }
std::string describeJson(const nlohmann::ordered_json& v) { return describe(v); }

} // namespace aimc::core
