import ShopfloorPlanning
import ShopfloorPresent
import ShopfloorText

/// The workbench's own stylesheet and script, served from the binary: nothing comes from the network, and no
/// font is loaded (the system's sans-serif is used).
enum Assets {
    static func response(for path: String) -> WebResponse {
        switch path {
        case "/assets/workbench.css": WebResponse(status: 200, headers: [("Content-Type", "text/css; charset=utf-8")], body: Array(css.utf8))
        case "/assets/report.css":
            WebResponse(status: 200, headers: [("Content-Type", "text/css; charset=utf-8")], body: Array(PenetrationReport.stylesheet.utf8))
        case "/assets/workbench.js":
            WebResponse(status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8")], body: Array(script.utf8))
        default: .html(WorkbenchPage.message(title: Text.string("web.notFound"), text: Text.string("web.noAsset")), status: 404)
        }
    }

    static let css = """
        :root { --ink:#1f2428; --muted:#5d6670; --line:#d8dde2; --accent:#9b2226; --bg:#f4f5f7; }
        * { box-sizing: border-box; }
        body { margin:0; background:var(--bg); color:var(--ink); font:14px/1.45 "DejaVu Sans","Noto Sans",sans-serif; }
        header.bar { display:flex; flex-wrap:wrap; align-items:center; gap:12px; padding:8px 18px; background:#1f2428; color:#fff; }
        header.bar a { color:#fff; text-decoration:none; padding:3px 6px; border-radius:4px; }
        header.bar a:hover { background:#3a4149; }
        .brand { font-weight:700; font-size:16px; }
        nav { display:flex; flex-wrap:wrap; gap:2px; }
        form.search input { width:220px; padding:4px 6px; }
        form.names { margin-left:auto; display:flex; align-items:center; gap:8px; }
        .state { padding:2px 8px; border-radius:10px; font-size:12px; font-weight:600; }
        .state.hidden { background:#2e6b30; } .state.shown { background:#c0392b; }
        main { max-width:1280px; margin:0 auto; padding:18px 24px 40px; background:#fff; min-height:80vh; }
        main.message { max-width:640px; margin-top:60px; }
        h1 small, h1 .name + small { color:var(--muted); font-weight:400; font-size:15px; }
        h2 { font-size:17px; margin:24px 0 8px; border-bottom:2px solid var(--ink); padding-bottom:2px; }
        table { border-collapse:collapse; width:100%; margin:6px 0 12px; }
        th, td { border-bottom:1px solid var(--line); padding:4px 8px; text-align:left; vertical-align:top; }
        th { background:#eef0f3; font-weight:600; }
        td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
        .name { color:#7b241c; font-weight:600; }
        .cards { display:flex; flex-wrap:wrap; gap:10px; }
        .card { border:1px solid var(--line); border-radius:6px; padding:8px 14px; }
        .card b { font-size:22px; display:block; }
        form.filters { display:flex; flex-wrap:wrap; gap:10px; align-items:end; background:#f7f8fa; padding:10px; border-radius:6px; }
        form.filters label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); }
        .count, .hint { color:var(--muted); }
        .notice { background:#e8f5e9; border-left:4px solid #2e7d32; padding:6px 12px; }
        .error { background:#fdecea; border-left:4px solid #c62828; padding:6px 12px; }
        .field-error { display:block; color:#c62828; font-size:12px; font-weight:600; }
        dl.facts { display:grid; grid-template-columns:max-content 1fr; gap:2px 16px; }
        dl.facts dt { color:var(--muted); }
        dl.facts dd { margin:0; }
        .zoomable { position:relative; border:1px solid var(--line); border-radius:6px; height:70vh; overflow:hidden; background:#fff; cursor:grab; }
        .zoomable svg { width:100%; height:100%; }
        .zoomable.dragging { cursor:grabbing; }
        .zoom-buttons { position:absolute; right:8px; top:8px; display:flex; gap:4px; z-index:2; }
        .zoom-buttons button { width:30px; height:30px; font-size:16px; }
        .tip { position:fixed; pointer-events:none; background:#1f2428; color:#fff; padding:4px 8px; border-radius:4px; font-size:12px; z-index:10; display:none; max-width:420px; }
        section.record { border:1px solid var(--line); border-radius:6px; padding:4px 14px 12px; margin:12px 0; }
        section.record form { display:flex; flex-wrap:wrap; gap:10px; align-items:end; }
        section.record label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); }
        svg.timeline { width:100%; max-width:620px; height:44px; }
        .aff.member { color:#922b21; font-weight:600; } .aff.informer { color:#fff; background:#333; padding:0 4px; }
        .m { color:#922b21; }
        .empty { color:#bbb; }
        footer { text-align:center; color:var(--muted); font-size:12px; padding:10px; }

        """

    /// Pan and zoom for `.zoomable` maps (drag, wheel, buttons), tooltips from the maps' own titles, and clicks
    /// on a workplace or person that open their page. Written for the workbench; no library.
    static let script = """
        (function () {
          'use strict';
          var tip = null;
          function showTip(text, x, y) {
            if (!tip) { tip = document.createElement('div'); tip.className = 'tip'; tip.id = 'map-tip'; document.body.appendChild(tip); }
            tip.textContent = text; tip.style.left = (x + 14) + 'px'; tip.style.top = (y + 14) + 'px'; tip.style.display = 'block';
          }
          function hideTip() { if (tip) { tip.style.display = 'none'; } }
          function anchorOf(target) {
            var a = target.closest ? target.closest('a') : null;
            if (!a) { return null; }
            var href = a.getAttribute('href') || a.getAttribute('xlink:href') || '';
            return { href: href, title: a.getAttribute('xlink:title') || a.getAttribute('title') || '' };
          }
          function setup(box) {
            var svg = box.querySelector('svg');
            if (!svg) { return; }
            var vb = svg.viewBox.baseVal;
            var home = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
            var view = { x: home.x, y: home.y, w: home.w, h: home.h };
            svg.removeAttribute('width'); svg.removeAttribute('height');
            function apply() { svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.w + ' ' + view.h); }
            function zoom(factor, cx, cy) {
              var r = svg.getBoundingClientRect();
              var px = cx === undefined ? 0.5 : (cx - r.left) / r.width;
              var py = cy === undefined ? 0.5 : (cy - r.top) / r.height;
              var nw = Math.min(home.w * 4, Math.max(home.w / 40, view.w * factor));
              var nh = view.h * nw / view.w;
              view.x += (view.w - nw) * px; view.y += (view.h - nh) * py; view.w = nw; view.h = nh; apply();
            }
            box.addEventListener('wheel', function (e) { e.preventDefault(); zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, e.clientX, e.clientY); }, { passive: false });
            box.querySelectorAll('[data-zoom]').forEach(function (b) {
              b.addEventListener('click', function () {
                var how = b.getAttribute('data-zoom');
                if (how === 'in') { zoom(1 / 1.4); } else if (how === 'out') { zoom(1.4); }
                else { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); }
              });
            });
            var drag = null, moved = false;
            box.addEventListener('mousedown', function (e) { if (e.button !== 0 || e.target.closest('.zoom-buttons')) { return; } drag = { x: e.clientX, y: e.clientY }; moved = false; box.classList.add('dragging'); });
            window.addEventListener('mouseup', function () { drag = null; box.classList.remove('dragging'); });
            window.addEventListener('mousemove', function (e) {
              if (!drag) { return; }
              var r = svg.getBoundingClientRect();
              var dx = (e.clientX - drag.x) * view.w / r.width, dy = (e.clientY - drag.y) * view.h / r.height;
              if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) { moved = true; }
              view.x -= dx; view.y -= dy; drag = { x: e.clientX, y: e.clientY }; apply();
            });
            box.addEventListener('mousemove', function (e) {
              var a = anchorOf(e.target);
              if (a && a.title) { showTip(a.title, e.clientX, e.clientY); } else { hideTip(); }
            });
            box.addEventListener('mouseleave', hideTip);
            box.addEventListener('click', function (e) {
              var a = anchorOf(e.target);
              if (!a) { return; }
              e.preventDefault();
              if (moved) { return; }
              var m = /^#(workplace|person):(.+)$/.exec(a.href);
              if (!m) { return; }
              window.location.href = m[1] === 'workplace' ? '/workplaces/' + encodeURIComponent(m[2]) : '/people/alias/' + encodeURIComponent(m[2]);
            });
          }
          document.addEventListener('DOMContentLoaded', function () { document.querySelectorAll('.zoomable').forEach(setup); });
        })();

        """
}
