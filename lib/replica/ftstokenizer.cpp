// SPDX-FileCopyrightText: 2026 SME Community contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ftstokenizer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sqlite3.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace smec::replica {

namespace {

// One registered tokenizer per connection: FTS5 owns this and frees it with the connection.
struct Module
{
    fts5_api *api = nullptr;
};

// A tokenizer instance: the unicode61 tokenizer it delegates to.
struct Instance
{
    fts5_tokenizer inner{};
    Fts5Tokenizer *innerInstance = nullptr;
};

// Decodes one UTF-8 code point at text[i] (SQLite hands over valid UTF-8 from TEXT values, but
// a malformed byte is taken as one character of its own rather than read past).
char32_t decode(const unsigned char *text, int size, int &i)
{
    const unsigned char b = text[i];
    if (b < 0x80) {
        ++i;
        return b;
    }
    int extra = 0;
    char32_t c = 0;
    if (b >= 0xF0 && b < 0xF8) {
        extra = 3;
        c = b & 0x07;
    } else if (b >= 0xE0 && b < 0xF0) {
        extra = 2;
        c = b & 0x0F;
    } else if (b >= 0xC0 && b < 0xE0) {
        extra = 1;
        c = b & 0x1F;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + extra >= size) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        const unsigned char cont = text[i + k];
        if ((cont & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        c = (c << 6) | (cont & 0x3F);
    }
    i += 1 + extra;
    return c;
}

struct Forward
{
    void *context;
    int (*token)(void *, int, const char *, int, int, int);
    int offset;
    QByteArray folded;
};

// A unicode61 token, shifted to its place in the whole text, with ё (U+0451, lower-cased by
// unicode61 already) folded to е (U+0435): both are two bytes in UTF-8.
int forwardToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *f = static_cast<Forward *>(context);
    const char *text = token;
    if (QByteArrayView(token, size).contains("\xD1\x91")) {
        f->folded = QByteArray(token, size);
        f->folded.replace("\xD1\x91", "\xD0\xB5");
        text = f->folded.constData();
    }
    return f->token(f->context, flags, text, size, start + f->offset, end + f->offset);
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    auto *self = reinterpret_cast<Instance *>(tokenizer);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    Forward forward{context, token, 0, {}};
    std::vector<int> run; // byte offsets of the characters of the current Han/kana run
    int plainStart = 0;

    auto flushPlain = [&](int end) {
        if (end <= plainStart)
            return SQLITE_OK;
        forward.offset = plainStart;
        return self->inner.xTokenize(self->innerInstance, &forward, flags, text + plainStart,
                                     end - plainStart, forwardToken);
    };
    auto flushRun = [&](int end) {
        const auto n = int(run.size());
        run.push_back(end);
        int rc = SQLITE_OK;
        if (n == 1) {
            rc = token(context, 0, text + run[0], end - run[0], run[0], end);
        } else {
            for (int k = 0; k + 1 < n && rc == SQLITE_OK; ++k)
                rc = token(context, 0, text + run[size_t(k)], run[size_t(k) + 2] - run[size_t(k)],
                           run[size_t(k)], run[size_t(k) + 2]);
            // The last character alone, at the last bigram's position: one-character
            // (prefix) queries find it; phrases are unaffected. Queries never need it.
            if (rc == SQLITE_OK && !query)
                rc = token(context, FTS5_TOKEN_COLOCATED, text + run[size_t(n) - 1],
                           end - run[size_t(n) - 1], run[size_t(n) - 1], end);
        }
        run.clear();
        return rc;
    };

    int i = 0;
    while (i < size) {
        const int at = i;
        const char32_t c = decode(bytes, size, i);
        if (FtsTokenizer::isBigramScript(c)) {
            if (run.empty()) {
                if (int rc = flushPlain(at); rc != SQLITE_OK)
                    return rc;
            }
            run.push_back(at);
        } else if (!run.empty()) {
            if (int rc = flushRun(at); rc != SQLITE_OK)
                return rc;
            plainStart = at;
        }
    }
    if (!run.empty())
        return flushRun(size);
    return flushPlain(size);
}

int create(void *userData, const char **arguments, int count, Fts5Tokenizer **out)
{
    auto *module = static_cast<Module *>(userData);
    auto instance = std::make_unique<Instance>();
    void *innerData = nullptr;
    int rc = module->api->xFindTokenizer(module->api, "unicode61", &innerData, &instance->inner);
    if (rc != SQLITE_OK)
        return rc;
    rc = instance->inner.xCreate(innerData, arguments, count, &instance->innerInstance);
    if (rc != SQLITE_OK)
        return rc;
    *out = reinterpret_cast<Fts5Tokenizer *>(instance.release());
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *self = reinterpret_cast<Instance *>(tokenizer);
    if (self->innerInstance)
        self->inner.xDelete(self->innerInstance);
    delete self;
}

void destroyModule(void *userData)
{
    delete static_cast<Module *>(userData);
}

} // namespace

bool FtsTokenizer::isBigramScript(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)       // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK Unified Ideographs
           || (c >= 0xF900 && c <= 0xFAFF)    // CJK Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x3134F); // Extensions B-G and compatibility supplement
}

Result<void> FtsTokenizer::registerWith(sqlite3 *db)
{
    auto failed = [db](const char *what) {
        return Error{u"fts_unavailable"_s,
                     QCoreApplication::translate("smec::replica",
                                                 "Full-text search is not available: %1 (%2).")
                         .arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(db))),
                     {}};
    };
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return failed("SQLite was built without FTS5");
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return failed("SQLite's FTS5 is too old");
    fts5_tokenizer methods{create, destroy, tokenize};
    auto *module = new Module{api};
    if (api->xCreateTokenizer(api, name, module, &methods, destroyModule) != SQLITE_OK) {
        delete module;
        return failed("registering the tokenizer failed");
    }
    return {};
}

} // namespace smec::replica
