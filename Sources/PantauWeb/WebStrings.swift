import PantauCore

/// The words of the web view in Bahasa Indonesia (default) or English (`?lang=en`, or
/// `language` in `[web]`). Pages ask for a key; a missing key shows itself, so a gap is
/// visible rather than silent.
struct WebStrings: Sendable {
    let language: String
    private let table: [String: String]

    init(language: String) {
        self.language = language == "en" ? "en" : "id"
        table = self.language == "en" ? Self.english : Self.indonesian
    }

    subscript(_ key: String) -> String { table[key] ?? key }

    func label(_ label: ToneLabel) -> String { language == "en" ? label.rawValue : label.indonesian }

    func status(_ status: String?) -> String {
        guard let status else { return self["status.none"] }
        guard language == "en" else { return status }
        return ["baru": "new", "ditangani": "in hand", "dijawab": "answered", "selesai": "closed"][status] ?? status
    }

    func correction(_ value: String) -> String {
        if let tone = ToneLabel(rawValue: value) { return label(tone) }
        return value == "irrelevant" ? self["label.irrelevant"] : value
    }

    static let indonesian: [String: String] = [
        "app": "Pantau", "nav.digest": "Ringkasan", "nav.search": "Cari", "nav.queue": "Tanggapan", "nav.sources": "Sumber",
        "nav.login": "Masuk", "nav.logout": "Keluar", "nav.week": "7 hari", "nav.month": "30 hari",
        "signedInAs": "Masuk sebagai", "readOnly": "Mode baca saja (belum ada pengguna)",
        "search.title": "Cari arsip", "search.query": "Kueri", "search.tone": "Nada", "search.any": "semua",
        "search.since": "Sejak", "search.until": "Sampai", "search.source": "Sumber", "search.submit": "Cari",
        "search.help": "Kata, \"frasa persis\", awalan napi*, AND, OR, NOT atau -kata, dan kurung.",
        "search.none": "Tidak ada hasil.", "search.results": "hasil", "search.page": "Halaman",
        "search.prev": "← Sebelumnya", "search.next": "Berikutnya →", "search.copies": "salinan",
        "search.error": "Kueri tidak bisa dibaca",
        "article.outlet": "Media", "article.published": "Terbit", "article.firstSeen": "Pertama dilihat",
        "article.original": "Buka di situs media", "article.text": "Teks", "article.tone": "Penjelasan nada",
        "article.score": "skor", "article.targets": "Sasaran", "article.incident": "Insiden", "article.severity": "tingkat",
        "article.terms": "Istilah penentu", "article.sentences": "Kalimat penentu", "article.noSentences": "Tidak ada kalimat bernada.",
        "article.cluster": "Cerita yang sama", "article.alone": "Hanya artikel ini yang memuat cerita ini.",
        "article.labels": "Riwayat koreksi", "article.responses": "Riwayat tanggapan", "article.none": "Belum ada.",
        "article.priority": "Prioritas", "article.status": "Status", "article.needsResponse": "Perlu tanggapan",
        "article.scorer": "Penilaian mesin", "article.corrected": "dikoreksi petugas",
        "form.label": "Koreksi nada", "form.labelSubmit": "Simpan koreksi", "form.note": "Catatan", "form.link": "Tautan",
        "form.respond": "Status tanggapan", "form.respondSubmit": "Simpan status", "form.scope": "Berlaku untuk",
        "form.scopeArticle": "artikel ini", "form.scopeCluster": "seluruh cerita",
        "form.viewerOnly": "Akun Anda hanya bisa membaca; koreksi dan tanggapan butuh peran officer.",
        "form.signIn": "Masuk untuk mengoreksi nada atau mencatat tanggapan.",
        "label.negative": "negatif", "label.neutral": "netral", "label.positive": "positif", "label.irrelevant": "tidak relevan",
        "status.none": "belum ada",
        "queue.title": "Antrean tanggapan", "queue.intro": "Berita negatif 7 hari terakhir yang perlu ditanggapi, paling mendesak dulu.",
        "queue.none": "Tidak ada berita yang perlu ditanggapi.", "queue.story": "Berita",
        "sources.title": "Kesehatan sumber", "sources.status": "Status", "sources.failures": "Gagal", "sources.items": "Item",
        "sources.articles": "Artikel", "sources.lastSuccess": "Terakhir berhasil", "sources.source": "Sumber",
        "sources.lastError": "galat terakhir", "sources.movedTo": "pindah ke", "sources.summary": "sumber, perlu perhatian:",
        "sources.dead": "MATI", "sources.silent": "SEPI", "sources.new": "BELUM", "sources.ok": "OK",
        "sources.legend": "MATI: gagal 3 kali berturut-turut atau tidak berhasil 7 hari. SEPI: berhasil diambil tetapi tanpa artikel baru 7 hari. BELUM: belum pernah diambil.",
        "login.title": "Masuk", "login.name": "Nama pengguna", "login.password": "Kata sandi", "login.submit": "Masuk",
        "login.failed": "Nama pengguna atau kata sandi salah.",
        "login.throttled": "Terlalu banyak percobaan masuk dari alamat ini; coba lagi dalam beberapa menit.",
        "login.noUsers": "Belum ada pengguna. Tambahkan di server dengan: pantau users add NAMA --role officer",
        "error.title": "Galat", "error.notFound": "Halaman tidak ditemukan.", "error.back": "Kembali ke ringkasan",
        "error.csrf": "Formulir kedaluwarsa atau tidak sah (token CSRF). Muat ulang halaman lalu kirim lagi.",
        "error.signIn": "Anda harus masuk dahulu.", "error.role": "Peran akun Anda tidak mengizinkan tindakan ini.",
        "error.noUsers": "Belum ada pengguna, jadi halaman ini hanya bisa dibaca. Tambahkan pengguna di server dengan `pantau users add NAMA --role officer` (kata sandi dari terminal atau PANTAU_PASSWORD), lalu masuk.",
        "error.busy": "Arsip sedang ditulis oleh `pantau run`; coba lagi sebentar lagi.",
        "error.local": "Tanpa pengguna, Pantau hanya melayani komputer ini sendiri.",
        "error.internal": "Terjadi galat di server; lihat log layanan.", "error.tooLarge": "Kiriman terlalu besar.",
    ]

    static let english: [String: String] = [
        "app": "Pantau", "nav.digest": "Digest", "nav.search": "Search", "nav.queue": "Responses", "nav.sources": "Sources",
        "nav.login": "Sign in", "nav.logout": "Sign out", "nav.week": "7 days", "nav.month": "30 days",
        "signedInAs": "Signed in as", "readOnly": "Read-only mode (no users yet)",
        "search.title": "Search the archive", "search.query": "Query", "search.tone": "Tone", "search.any": "any",
        "search.since": "Since", "search.until": "Until", "search.source": "Source", "search.submit": "Search",
        "search.help": "Words, \"exact phrases\", prefixes napi*, AND, OR, NOT or -word, and parentheses.",
        "search.none": "No results.", "search.results": "results", "search.page": "Page",
        "search.prev": "← Previous", "search.next": "Next →", "search.copies": "copies",
        "search.error": "The query cannot be read",
        "article.outlet": "Outlet", "article.published": "Published", "article.firstSeen": "First seen",
        "article.original": "Open on the outlet's site", "article.text": "Text", "article.tone": "Why this tone",
        "article.score": "score", "article.targets": "Targets", "article.incident": "Incident", "article.severity": "severity",
        "article.terms": "Deciding terms", "article.sentences": "Deciding sentences", "article.noSentences": "No sentence carried tone.",
        "article.cluster": "Same story", "article.alone": "Only this article tells this story.",
        "article.labels": "Corrections", "article.responses": "Responses", "article.none": "None yet.",
        "article.priority": "Priority", "article.status": "Status", "article.needsResponse": "Needs a response",
        "article.scorer": "Machine judgement", "article.corrected": "corrected by an officer",
        "form.label": "Correct the tone", "form.labelSubmit": "Save correction", "form.note": "Note", "form.link": "Link",
        "form.respond": "Response status", "form.respondSubmit": "Save status", "form.scope": "Applies to",
        "form.scopeArticle": "this article", "form.scopeCluster": "the whole story",
        "form.viewerOnly": "Your account can only read; corrections and responses need the officer role.",
        "form.signIn": "Sign in to correct the tone or record a response.",
        "label.negative": "negative", "label.neutral": "neutral", "label.positive": "positive", "label.irrelevant": "irrelevant",
        "status.none": "none yet",
        "queue.title": "Response queue", "queue.intro": "Negative stories of the last 7 days that need a response, most urgent first.",
        "queue.none": "No story needs a response.", "queue.story": "Story",
        "sources.title": "Source health", "sources.status": "Status", "sources.failures": "Failures", "sources.items": "Items",
        "sources.articles": "Articles", "sources.lastSuccess": "Last success", "sources.source": "Source",
        "sources.lastError": "last error", "sources.movedTo": "moved to", "sources.summary": "sources, needing attention:",
        "sources.dead": "DEAD", "sources.silent": "QUIET", "sources.new": "NEW", "sources.ok": "OK",
        "sources.legend": "DEAD: failed 3 times in a row or no success for 7 days. QUIET: fetched but no new article for 7 days. NEW: never fetched.",
        "login.title": "Sign in", "login.name": "User name", "login.password": "Password", "login.submit": "Sign in",
        "login.failed": "Wrong user name or password.",
        "login.throttled": "Too many sign-in attempts from this address; try again in a few minutes.",
        "login.noUsers": "No users yet. Add one on the server with: pantau users add NAME --role officer",
        "error.title": "Error", "error.notFound": "Page not found.", "error.back": "Back to the digest",
        "error.csrf": "The form expired or is not valid (CSRF token). Reload the page and send it again.",
        "error.signIn": "You need to sign in first.", "error.role": "Your account's role does not allow this.",
        "error.noUsers": "There are no users yet, so this site is read-only. Add a user on the server with `pantau users add NAME --role officer` (password from the terminal or PANTAU_PASSWORD), then sign in.",
        "error.busy": "The archive is being written by `pantau run`; try again in a moment.",
        "error.local": "Without users, Pantau serves only this machine.",
        "error.internal": "The server failed; see the service log.", "error.tooLarge": "The request is too large.",
    ]
}
