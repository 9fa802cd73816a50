/// Headings of page furniture: the title a template gives its box of teasers, credits,
/// ratings or invitations ("Berita Terkait", "Baca Juga", "Terpopuler", "Pilihan Editor",
/// "Ikuti Kami", "Bagaimana Reaksi Anda?", "You May Also Like", "Most Read").
///
/// Recognised as a class, by the roles of their words rather than by whole phrases: such a
/// heading is short and made only of words that relate the box to other content
/// (terkait, lainnya, related, more), rank it (terbaru, terpopuler, pilihan, latest,
/// popular), name a kind of content (berita, artikel, video, foto, posts), invite the
/// reader (baca, simak, tonton, read, watch), credit people (penulis, editor, pewarta,
/// credits), ask to follow, subscribe, share, comment or get in touch, or ask for a rating,
/// a reaction or a testimonial;
/// function words (di, untuk, anda, the, you, this) do not count. Two such words may carry
/// one other word ("Berita Lainnya dari Detik").
enum FurnitureHeading {
    /// Words by role; every list is lower-case, written from the templates of Indonesian
    /// outlets and of English sites.
    static let relation = ["terkait", "lainnya", "lain", "juga", "serupa", "selanjutnya", "berikutnya", "sebelumnya",
                           "related", "more", "also", "other", "similar", "next", "previous"]
    static let rank = ["terbaru", "terkini", "terpopuler", "populer", "terhangat", "trending", "viral", "pilihan",
                       "unggulan", "rekomendasi", "sorotan", "latest", "recent", "popular", "top", "recommended",
                       "picks", "pick", "featured", "most", "hot", "headlines", "editors", "editor"]
    static let contentKind = ["berita", "artikel", "video", "foto", "galeri", "tulisan", "konten", "topik", "tag", "tags",
                              "news", "stories", "story", "posts", "post", "articles", "article", "reads", "topic", "topics",
                              "videos", "photos", "content", "read", "viewed"]
    static let invitation = ["baca", "simak", "lihat", "tonton", "jangan", "lewatkan", "watch", "see", "explore",
                             "discover", "miss", "may", "might", "like", "enjoy", "recommend"]
    static let credits = ["penulis", "pewarta", "reporter", "fotografer", "kontributor", "sumber", "redaksi",
                          "redaktur", "penyunting", "credits", "credit", "author", "authors", "written", "oleh"]
    static let followAndShare = ["newsletter", "berlangganan", "langganan", "subscribe", "ikuti", "follow", "bagikan",
                                 "share", "sosial", "social", "komentar", "comments", "comment", "tanggapan", "hubungi",
                                 "contact"]
    static let rating = ["rating", "nilai", "ulasan", "reviews", "beri", "berikan", "reaksi", "reaction",
                         "reactions", "bagaimana", "perasaan", "mood", "testimoni", "testimonial", "testimonials"]
    /// Function words, ignored.
    static let function: Set<String> = ["the", "a", "an", "of", "for", "on", "in", "to", "this", "these", "that", "from",
                                        "with", "and", "you", "your", "our", "us", "we", "all", "di", "ke", "dari",
                                        "untuk", "dan", "yang", "ini", "itu", "anda", "kamu", "kami", "semua", "paling",
                                        "by", "s", "t", "don", "are", "is", "what", "how", "do", "about"]

    static let words: Set<String> = Set(relation + rank + contentKind + invitation + credits + followAndShare + rating)

    /// Headings longer than this (visible characters) are never furniture headings.
    static let maximumLength = 48

    /// Whether `text` is a furniture heading.
    static func matches(_ text: String) -> Bool {
        guard text.utf8.count <= maximumLength * 2 else { return false }
        var known = 0
        var other = 0
        var word = ""
        func finish() {
            guard !word.isEmpty else { return }
            if words.contains(word) { known += 1 } else if !function.contains(word) { other += 1 }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                finish()
            }
        }
        finish()
        return known >= 1 && (other == 0 || (other == 1 && known >= 2))
    }
}
