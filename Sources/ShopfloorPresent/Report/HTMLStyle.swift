import ShopfloorMaps

/// The page's stylesheet: screen and A4 print; every colour is the palette's (``MapPalette/Page``).
enum HTMLStyle {
    private typealias Page = MapPalette.Page

    static let css = """
        @page { size: A4; margin: 14mm 12mm 16mm; }
        :root { --ink: \(Page.ink.css); --muted: \(Page.muted.css); --line: \(Page.line.css); --accent: \(Page.accent.css);
          --none: \(Page.status(.none).css); --forming: \(Page.status(.forming).css); --cell: \(Page.status(.cell).css); --committee: \(Page.status(.cellWithCommittee).css); }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: \(Page.background.css); color: var(--ink);
          font: 14px/1.45 "DejaVu Sans", "Noto Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 26px 32px 32px; background: \(Page.sheet.css); }
        h1 { font-size: 26px; margin: 0 0 2px; letter-spacing: -0.01em; }
        h2 { font-size: 17px; margin: 26px 0 10px; padding-bottom: 3px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 15px; margin: 0 0 4px; }
        .meta { color: var(--muted); margin: 0; }
        .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
        .card .n { font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card .l { font-weight: 600; }
        .card .s { color: var(--muted); font-size: 12px; }
        .versus { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-top: 14px; }
        .versus svg { width: 100%; height: auto; }
        .finding { border-left: 4px solid var(--accent); background: \(Page.finding.css); padding: 8px 14px; margin: 10px 0;
          break-inside: avoid; }
        .finding p { margin: 2px 0 6px; }
        .ref { color: var(--muted); font-weight: 400; font-size: 12px; }
        .figures { margin: 0 0 6px; padding-left: 18px; }
        .evidence { color: var(--muted); font-size: 12px; margin: 0; padding-left: 18px; columns: 2; column-gap: 24px; }
        .evidence li { break-inside: avoid; }
        .ok { color: \(Page.good.css); font-weight: 600; }
        figure { margin: 0; }
        figure svg { width: 100%; height: auto; }
        figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
        table { width: 100%; border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; }
        .scroll { overflow-x: auto; }
        th, td { padding: 3px 5px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
        th { white-space: normal; font-size: 11px; }
        td.union { white-space: normal; min-width: 8em; }
        th:first-child, td:first-child { text-align: left; }
        td.union, th.union { text-align: left; }
        thead th { background: \(Page.tableHead.css); border-bottom: 2px solid var(--ink); vertical-align: bottom; }
        tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
        tbody tr:nth-child(even) td { background: \(Page.zebra.css); }
        .status { display: inline-block; min-width: 6.5em; padding: 0 6px; border-radius: 9px; color: \(Page.sheet.css);
          font-size: 11px; text-align: center; }
        .status.none { background: var(--none); color: \(Page.onLightStatus.css); }
        .status.forming { background: var(--forming); color: \(Page.onLightStatus.css); }
        .status.cell { background: var(--cell); } .status.cell-with-committee { background: var(--committee); }
        .met { color: \(Page.good.css); font-weight: 700; }
        .id { color: var(--muted); font-size: 10px; }
        dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 1px 12px; margin: 10px 0 0;
          font-size: 11px; color: var(--muted); }
        dl.legend dt { font-weight: 600; color: var(--ink); }
        dl.legend dd { margin: 0; }
        .district-map { overflow: auto; }
        .district-map svg { display: block; max-width: 100%; height: auto; }
        input.zoom { margin: 0 4px 6px 0; }
        .zoom-label { color: var(--muted); font-size: 12px; cursor: zoom-in; }
        input.zoom:checked ~ .district-map { max-height: 85vh; border: 1px solid var(--line); }
        input.zoom:checked ~ .district-map svg { max-width: none; width: auto; }
        footer { margin-top: 22px; color: var(--muted); font-size: 11px; border-top: 1px solid var(--line); padding-top: 6px; }
        @media screen and (max-width: 760px) { .cards { grid-template-columns: repeat(2, 1fr); } .versus { grid-template-columns: 1fr; } }
        @media print {
          body { background: \(Page.sheet.css); font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          section.map { break-before: page; break-inside: avoid; }
          input.zoom, .zoom-label { display: none; }
          .district-map { overflow: visible; max-height: none; border: 0; }
          .district-map svg, input.zoom:checked ~ .district-map svg { max-width: 100%; width: 100%; max-height: 235mm; }
          dl.legend { font-size: 7pt; break-inside: avoid; }
          td:first-child, td[data-f="cell_status"], tr.total td { white-space: normal; }
          section.chart { break-inside: avoid; }
          .scroll { overflow: visible; }
          table { font-size: 7.5pt; table-layout: auto; }
          th, td { padding: 2px 3px; }
          th { font-size: 7pt; }
          td.union { min-width: 0; white-space: normal; }
          .status { min-width: 0; padding: 0 4px; font-size: 7pt; }
          thead { display: table-header-group; }
          tfoot { display: table-row-group; }
          tr { break-inside: avoid; }
          .finding { background: none; }
        }

        """
}
