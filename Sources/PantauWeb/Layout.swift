import Foundation

/// The page shell every page shares: inline CSS (no external assets), navigation, the
/// signed-in user and the sign-out form. Readable from 390 px (phones) to wide screens;
/// printing drops the navigation and the forms.
enum Layout {
    /// Who is looking, as the navigation shows it.
    struct Viewer {
        var session: Session?
        /// No account exists yet: pages are read-only for this machine.
        var readOnly: Bool
    }

    static func page(title: String, body: String, strings t: WebStrings, viewer: Viewer, current: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(t.language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) — Pantau</title>
        <style>\(css)</style>
        </head>
        <body>
        \(navigation(strings: t, viewer: viewer, current: current))
        <main>
        \(body)
        </main>
        </body>
        </html>
        """
    }

    /// The navigation bar: the pages, then who is signed in (with the sign-out form).
    static func navigation(strings t: WebStrings, viewer: Viewer, current: String) -> String {
        let lang = t.language == "en" ? "&amp;lang=en" : ""
        let langFirst = t.language == "en" ? "?lang=en" : ""
        func item(_ path: String, _ key: String, query: String = "") -> String {
            let suffix = query.isEmpty ? langFirst : query + lang
            let mark = current == path + query ? " aria-current=\"page\"" : ""
            return "<a href=\"\(path)\(suffix)\"\(mark)>\(HTML.escape(t[key]))</a>"
        }
        var account = ""
        if let session = viewer.session {
            account = """
            <form method="post" action="/keluar\(langFirst)" class="inline"><input type="hidden" name="csrf" value="\(HTML.escape(session.csrf))">\
            <span class="who">\(HTML.escape(t["signedInAs"])) <b>\(HTML.escape(session.user))</b> (\(HTML.escape(session.role.rawValue)))</span> \
            <button type="submit">\(HTML.escape(t["nav.logout"]))</button></form>
            """
        } else if viewer.readOnly {
            account = "<span class=\"who\">\(HTML.escape(t["readOnly"]))</span>"
        } else {
            account = item("/masuk", "nav.login")
        }
        return """
        <nav class="top">\(item("/", "nav.digest")) \(item("/laporan", "nav.week", query: "?since=7d")) \
        \(item("/laporan", "nav.month", query: "?since=30d")) \(item("/cari", "nav.search")) \(item("/tanggapan", "nav.queue")) \
        \(item("/sumber", "nav.sources"))<span class="account">\(account)</span></nav>
        """
    }

    static let navCSS = """
    nav.top{display:flex;flex-wrap:wrap;gap:.3rem .9rem;align-items:center;padding:.5rem .8rem;margin:0 0 .6rem;background:#1d2330;border-radius:6px}\
    nav.top a{color:#fff;text-decoration:none}nav.top a[aria-current]{text-decoration:underline}\
    nav.top .account{margin-left:auto;color:#d9dee8;font-size:.9rem}nav.top form.inline{display:inline;margin:0}\
    nav.top button{font:inherit;font-size:.85rem;padding:.1rem .5rem}a.detail{font-size:.85rem;margin-left:.4rem}\
    @media print{nav.top,a.detail{display:none}}
    """

    static let css = navCSS + """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:960px;margin:0 auto;padding:.8rem;color:#1d2330;line-height:1.45}\
    h1{font-size:1.4rem;margin:.4rem 0}h2{font-size:1.15rem;border-bottom:2px solid #d9dee8;padding-bottom:.2rem;margin-top:1.6rem}\
    .meta{color:#5b6475;font-size:.88rem}.small{font-size:.88rem}mark{background:#ffe08a;padding:0 .1em}\
    .tag{display:inline-block;font-size:.78rem;padding:0 .4em;border-radius:4px;background:#eef0f4}\
    .tag.negative{background:#fde8e8}.tag.positive{background:#e5f6ea}\
    ol.hits,ul.plain{padding-left:1.2rem}ol.hits>li{margin-bottom:1rem}\
    blockquote{margin:.35rem 0;padding:.3rem .7rem;border-left:4px solid #c0392b;background:#fff6f5}\
    blockquote.positive{border-color:#1e8449;background:#f3fbf5}blockquote.neutral{border-color:#8a93a3;background:#f5f6f8}\
    .text p{margin:.5rem 0}table{border-collapse:collapse;width:100%;font-size:.9rem}\
    th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #e3e6ec;vertical-align:top}td.n,th.n{text-align:right}\
    .table-wrap{overflow-x:auto}form.search{display:flex;flex-wrap:wrap;gap:.4rem;align-items:end}\
    form.search label,form.stack label{display:flex;flex-direction:column;font-size:.85rem}\
    form.search input[name=q]{min-width:16rem}input,select,textarea,button{font:inherit;max-width:100%}\
    form.stack{display:flex;flex-direction:column;gap:.4rem;max-width:28rem;padding:.6rem;background:#f2f4f8;border-radius:6px;margin:.6rem 0}\
    .error{padding:.5rem .7rem;background:#fde8e8;border-radius:6px}.notice{padding:.5rem .7rem;background:#fff8e1;border-radius:6px}\
    .pages{display:flex;gap:1rem;margin:1rem 0}.forms{display:flex;flex-wrap:wrap;gap:1rem}\
    @media (max-width:480px){body{padding:.5rem}form.search input[name=q]{min-width:0;width:100%}}\
    @media print{form,.pages{display:none}body{max-width:none}}
    """
}
