#ifndef PANTAU_CCURL_SHIM_H
#define PANTAU_CCURL_SHIM_H

#include <curl/curl.h>

// curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic, which Swift
// cannot call: each wrapper below fixes one argument type.

static inline CURLcode pantau_easy_setopt_long(CURL *h, CURLoption o, long v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode pantau_easy_setopt_off(CURL *h, CURLoption o, curl_off_t v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode pantau_easy_setopt_string(CURL *h, CURLoption o, const char *v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode pantau_easy_setopt_pointer(CURL *h, CURLoption o, void *v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode pantau_easy_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) {
    return curl_easy_setopt(h, o, v);
}

/// Body and header callbacks share libcurl's write-callback signature.
typedef size_t (*pantau_write_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);
static inline CURLcode pantau_easy_setopt_write_function(CURL *h, CURLoption o, pantau_write_callback f) {
    return curl_easy_setopt(h, o, f);
}

/// The upload (read) callback has the same C type as the write callback; a separate name
/// keeps the call sites honest about which one they set.
static inline CURLcode pantau_easy_setopt_read_function(CURL *h, pantau_write_callback f) {
    return curl_easy_setopt(h, CURLOPT_READFUNCTION, f);
}

/// The connection check run before each request (refusing private addresses).
static inline CURLcode pantau_easy_setopt_prereq_function(CURL *h, curl_prereq_callback f) {
    return curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, f);
}

static inline CURLcode pantau_easy_getinfo_long(CURL *h, CURLINFO i, long *v) {
    return curl_easy_getinfo(h, i, v);
}
static inline CURLcode pantau_easy_getinfo_string(CURL *h, CURLINFO i, char **v) {
    return curl_easy_getinfo(h, i, v);
}
static inline CURLcode pantau_easy_getinfo_off(CURL *h, CURLINFO i, curl_off_t *v) {
    return curl_easy_getinfo(h, i, v);
}
static inline CURLcode pantau_easy_getinfo_pointer(CURL *h, CURLINFO i, void **v) {
    return curl_easy_getinfo(h, i, v);
}

static inline CURLMcode pantau_multi_setopt_long(CURLM *m, CURLMoption o, long v) {
    return curl_multi_setopt(m, o, v);
}

#endif
