import Foundation
import PantauCore
import PantauTesting

/// Renders the demo corpus as a small news web: one feed per outlet (RSS or Atom) and
/// one article page per story, each outlet with its own page template and furniture
/// (menus, "Baca juga" links, related lists, footers) so the extractor has real work.
struct DemoSite: Sendable {
    /// The moment the demo treats as "now"; articles are published hours before it.
    let now: Date
    let baseURL: String

    func respond(to request: LocalHTTPServer.Request) -> LocalHTTPServer.Response {
        let parts = request.path.split(separator: "/").map(String.init)
        if parts.count == 2, parts[1] == "feed.xml", let outlet = DemoCorpus.outlets.first(where: { $0.id == parts[0] }) {
            let isAtom = outlet.feedFormat == "atom"
            return LocalHTTPServer.Response(contentType: isAtom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8",
                                            text: isAtom ? atom(outlet) : rss(outlet))
        }
        if parts.count == 3, parts[1] == "berita",
           let article = DemoCorpus.articles.first(where: { $0.outletID == parts[0] && $0.slug == parts[2] }),
           let outlet = DemoCorpus.outlets.first(where: { $0.id == article.outletID }) {
            return LocalHTTPServer.Response(contentType: "text/html; charset=utf-8", text: page(article, outlet: outlet))
        }
        return LocalHTTPServer.Response(status: 404, contentType: "text/html; charset=utf-8",
                                        text: "<html><body><h1>404</h1><p>Halaman tidak ditemukan.</p></body></html>")
    }

    /// The feed URL of each outlet, as sources for a run.
    var sources: [Source] {
        DemoCorpus.outlets.map {
            Source(feedURL: "\(baseURL)/\($0.id)/feed.xml", title: $0.name, siteURL: "\(baseURL)/\($0.id)/",
                   category: $0.category, tier: $0.tier, origin: "demo")
        }
    }

    func articleURL(_ a: DemoArticle) -> String { "\(baseURL)/\(a.outletID)/berita/\(a.slug)" }

    func published(_ a: DemoArticle) -> Date {
        // Whole minutes, so the pages' dates read naturally.
        let t = now.timeIntervalSince1970 - a.hoursAgo * 3600
        return Date(timeIntervalSince1970: (t / 60).rounded(.down) * 60)
    }

    private func articles(of outlet: DemoOutlet) -> [DemoArticle] {
        DemoCorpus.articles.filter { $0.outletID == outlet.id }.sorted { $0.hoursAgo < $1.hoursAgo }
    }

    // MARK: Feeds

    private func rss(_ outlet: DemoOutlet) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
        <title>\(x(outlet.name))</title>
        <link>\(baseURL)/\(outlet.id)/</link>
        <description>Berita terkini \(x(outlet.name))</description>
        <language>id</language>

        """
        for a in articles(of: outlet) {
            out += """
            <item>
            <title>\(x(a.title))</title>
            <link>\(articleURL(a))</link>
            <guid isPermaLink="true">\(articleURL(a))</guid>
            <pubDate>\(rfc822(published(a)))</pubDate>
            <dc:creator>\(x(a.author))</dc:creator>
            <description><![CDATA[<p>\(a.summary)</p>]]></description>
            </item>

            """
        }
        return out + "</channel>\n</rss>\n"
    }

    private func atom(_ outlet: DemoOutlet) -> String {
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
        <title>\(x(outlet.name))</title>
        <link rel="alternate" href="\(baseURL)/\(outlet.id)/"/>
        <id>\(baseURL)/\(outlet.id)/</id>
        <updated>\(iso(now))</updated>

        """
        for a in articles(of: outlet) {
            out += """
            <entry>
            <title type="text">\(x(a.title))</title>
            <link rel="alternate" type="text/html" href="\(articleURL(a))"/>
            <id>tag:\(outlet.id),2026:\(a.slug)</id>
            <published>\(iso(published(a)))</published>
            <updated>\(iso(published(a)))</updated>
            <author><name>\(x(a.author))</name></author>
            <summary type="html">\(x("<p>" + a.summary + "</p>"))</summary>
            </entry>

            """
        }
        return out + "</feed>\n"
    }

    // MARK: Pages

    private func page(_ a: DemoArticle, outlet: DemoOutlet) -> String {
        let others = articles(of: outlet).filter { $0.slug != a.slug }.prefix(4)
        let related = others.map { "<li><a href=\"\(articleURL($0))\">\(h($0.title))</a></li>" }.joined(separator: "\n")
        let bacaJuga = others.first.map { "<p class=\"baca-juga\"><strong>Baca juga:</strong> <a href=\"\(articleURL($0))\">\(h($0.title))</a></p>" } ?? ""
        var body = ""
        for (i, p) in a.paragraphs.enumerated() {
            body += "<p>\(h(p))</p>\n"
            if i == 1 { body += bacaJuga + "\n<div class=\"ads\">ADVERTISEMENT</div>\n" }
        }
        let date = indonesianDateLine(published(a))
        let menu = ["Beranda", "Nasional", "Daerah", "Hukum", "Ekonomi", "Olahraga", "Gaya Hidup", "Video", "Indeks"]
            .map { "<li><a href=\"\(baseURL)/\(outlet.id)/kanal/\($0.lowercased())\">\($0)</a></li>" }.joined()
        let head = """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <title>\(h(a.title)) - \(h(outlet.name))</title>
        <meta property="og:title" content="\(h(a.title))">
        <meta property="og:site_name" content="\(h(outlet.name))">
        <meta property="og:type" content="article">
        <meta name="author" content="\(h(a.author))">
        <meta property="article:published_time" content="\(isoJakarta(published(a)))">
        <link rel="canonical" href="\(articleURL(a))">
        <style>body{font-family:sans-serif}.ads{background:#eee}</style>
        <script>window.dataLayer=window.dataLayer||[];</script>
        </head>
        """
        // Three templates, one per outlet, as real portals differ.
        switch outlet.category {
        case "regional":
            return head + """
            <body>
            <header class="site-header"><div class="logo">\(h(outlet.name))</div><nav><ul class="menu">\(menu)</ul></nav></header>
            <div class="container"><main>
            <article class="post">
            <h1 class="post-title">\(h(a.title))</h1>
            <div class="post-meta"><span class="author">Penulis: \(h(a.author))</span> | <time datetime="\(isoJakarta(published(a)))">\(date)</time></div>
            <div class="share-bar"><a href="#">Bagikan ke WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>
            <div class="post-content">
            \(body)</div>
            <div class="tags"><a href="#">pemasyarakatan</a> <a href="#">banten</a></div>
            </article>
            <section class="related"><h3>Berita Terkait</h3><ul>\(related)</ul></section>
            <section class="comments"><h3>Komentar</h3><p>Belum ada komentar. Jadilah yang pertama berkomentar!</p></section>
            </main>
            <aside class="sidebar"><h3>Terpopuler</h3><ul>\(related)</ul></aside></div>
            <footer><p>© 2026 \(h(outlet.name)). Seluruh hak cipta dilindungi.</p><ul>\(menu)</ul></footer>
            </body></html>
            """
        case "resmi":
            return head + """
            <body>
            <div id="topbar">Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia</div>
            <nav id="mainnav"><ul>\(menu)</ul></nav>
            <div id="content">
            <div class="breadcrumb"><a href="#">Beranda</a> › <a href="#">Berita</a></div>
            <h1>\(h(a.title))</h1>
            <div class="entry-meta">Diposting oleh \(h(a.author)) pada \(date)</div>
            <div class="entry-content">
            \(body)</div>
            </div>
            <div id="widget-area"><div class="widget"><h4>Layanan</h4><ul><li><a href="#">Kunjungan</a></li><li><a href="#">Pengaduan</a></li></ul></div></div>
            <footer id="site-footer">Lapas Kelas IIA Serang · Jl. Lapas No. 1 Serang · Humas</footer>
            </body></html>
            """
        default:
            return head + """
            <body>
            <div class="cookie-consent">Situs ini memakai kuki. <a href="#">Setuju</a></div>
            <header><a class="logo" href="\(baseURL)/\(outlet.id)/">\(h(outlet.name))</a><nav class="navbar"><ul>\(menu)</ul></nav></header>
            <div class="wrapper">
            <div class="detail">
            <div class="detail__breadcrumb"><a href="#">Berita</a> / <a href="#">Hukum</a></div>
            <h1 class="detail__title">\(h(a.title))</h1>
            <div class="detail__author">\(h(a.author)) - \(h(outlet.name))</div>
            <div class="detail__date">\(date)</div>
            <div class="detail__body-text">
            \(body)</div>
            <div class="newsletter-box"><p>Dapatkan berita pilihan setiap pagi. Daftar newsletter kami.</p></div>
            </div>
            <div class="box-populer"><h3>Terpopuler</h3><ol>\(related)</ol></div>
            </div>
            <footer><ul>\(menu)</ul><p>Kabar Nusantara © 2026</p></footer>
            </body></html>
            """
        }
    }

    // MARK: Formatting

    private func h(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private func x(_ s: String) -> String { h(s) }

    private func rfc822(_ d: Date) -> String {
        let c = Self.utc.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: d)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d +0000", days[c.weekday! - 1], c.day!, months[c.month! - 1], c.year!,
                      c.hour!, c.minute!, c.second!)
    }

    private func iso(_ d: Date) -> String {
        let c = Self.utc.dateComponents([.day, .month, .year, .hour, .minute, .second], from: d)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    private func isoJakarta(_ d: Date) -> String {
        let c = JakartaTime.calendar.dateComponents([.day, .month, .year, .hour, .minute, .second], from: d)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d+07:00", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// `Rabu, 22 April 2026 10:15 WIB`.
    private func indonesianDateLine(_ d: Date) -> String {
        "\(JakartaTime.longIndonesianDate(d)) \(JakartaTime.timeString(d)) WIB"
    }

    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(secondsFromGMT: 0)!
        return c
    }()
}
