import ShopfloorMaps
import ShopfloorText

/// Cuts a plant map into pages whose text prints at ``Paper/smallestReadableText`` or more on a sheet: whole
/// shops in the map's order while they fit, a shop too large for a page by itself cut into its shift columns
/// (neighbouring columns put back together while they fit), and a column too long by itself into runs of its
/// people. Every person is on exactly one page. Only a page that cannot hold even one person of a shop beside
/// its title, gates, cells and legend is refused.
struct PageSplitter {
    /// Draws a page of the plant.
    let build: (PlantMapPage) throws -> MapDocument
    /// The shops the whole map draws, in its order, with their columns.
    let shops: [PlantMapShop]
    let paper: Paper
    let options: MapOutputOptions
    let least = Paper.smallestReadableText
    /// What the first, greedy pass aims at: a little over the floor, as a page's "continues" tables are not yet
    /// those of its final neighbours (a page that falls under the floor with them is cut again).
    var aim: Double { least + 0.25 }

    /// The pages, each drawn and sized for the sheet, with the text size each prints at.
    func split() throws -> (groups: [[PlantMapPart]], documents: [MapDocument], sizes: [Double]) {
        var groups = try greedy()
        // Each page once more with its real neighbours: a page their "continues" tables push under the floor is
        // halved, or its one part cut smaller.
        var documents: [MapDocument] = [], sizes: [Double] = []
        var k = 0
        while k < groups.count {
            var (document, size, landscape) = try drawn(Self.labelled(groups, shops: shops), page: k + 1)
            if size < least {
                let group = groups[k]
                if group.count > 1 {
                    groups.replaceSubrange(k...k, with: [Array(group.prefix(group.count / 2)), Array(group.dropFirst(group.count / 2))])
                } else if let part = group.first, let pieces = cut(part) {
                    groups.replaceSubrange(k...k, with: pieces.map { [$0] })
                } else {
                    throw tooLarge(group.first, size)
                }
                (documents, sizes, k) = ([], [], 0)
                continue
            }
            document.paper = paper
            document.paperLandscape = landscape
            documents.append(document)
            sizes.append(size)
            k += 1
        }
        return (Self.labelled(groups, shops: shops), documents, sizes)
    }

    /// Greedy, in the map's order: a page takes parts while its text stays readable (the parts still to come
    /// counted as one page, so that the page's "continues" tables are about as they will be).
    private func greedy() throws -> [[PlantMapPart]] {
        var queue = shops.map { PlantMapPart(shop: $0.key) }
        var groups: [[PlantMapPart]] = [], current: [PlantMapPart] = []
        var i = 0
        while i < queue.count {
            let part = queue[i]
            let rest = Array(queue[(i + 1)...])
            let candidate = Self.adding(part, to: current)
            let size = try textSize(groups + [candidate] + (rest.isEmpty ? [] : [rest]), page: groups.count + 1)
            if size >= aim {
                current = candidate
                i += 1
            } else if !current.isEmpty {
                groups.append(current)
                current = []
            } else if let pieces = cut(part) {
                queue.replaceSubrange(i...i, with: pieces)
            } else if groups.isEmpty {
                // The first page also draws the outside of the fence: when that and even one person do not fit
                // together, the outside gets the first page to itself.
                groups.append([])
            } else {
                throw tooLarge(part, size)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// The smallest text of page `page` of `groups` on the sheet.
    private func textSize(_ groups: [[PlantMapPart]], page: Int) throws -> Double {
        try drawn(Self.labelled(groups, shops: shops), page: page).size
    }

    /// Page `page` of `groups` drawn with its legend beside the fence and across the top, whichever prints its
    /// text larger on the sheet, with that size and whether the sheet is turned.
    private func drawn(_ groups: [[PlantMapPart]], page: Int) throws -> (document: MapDocument, size: Double, landscape: Bool?) {
        func variant(_ across: Bool) throws -> (document: MapDocument, size: Double, landscape: Bool?) {
            var layout = PlantMapPage(number: page, groups: groups)
            layout.legendAcross = across
            let document = try build(layout)
            let (size, landscape) = try MapWriter.printing(document, on: paper, options: options)
            return (document, size, landscape)
        }
        let beside = try variant(false), across = try variant(true)
        return across.size > beside.size ? across : beside
    }

    /// A part too large for a page by itself, cut smaller: into its shift columns, or a column's people into two
    /// runs; nil for one person (or a shop drawing no one).
    func cut(_ part: PlantMapPart) -> [PlantMapPart]? {
        guard let shop = shops.first(where: { $0.key == part.shop }) else { return nil }
        let columns = shop.columns.filter { part.columns?.contains($0.key) ?? true }
        if columns.count > 1 { return columns.map { PlantMapPart(shop: part.shop, columns: [$0.key]) } }
        guard let column = columns.first else { return nil }
        let run = part.people ?? 0..<column.drawn
        guard run.count > 1 else { return nil }
        let middle = run.lowerBound + run.count / 2
        return [PlantMapPart(shop: part.shop, columns: [column.key], people: run.lowerBound..<middle),
            PlantMapPart(shop: part.shop, columns: [column.key], people: middle..<run.upperBound)]
    }

    /// `page` with `part` added: joined to the page's last part when it continues it (the next columns of the
    /// same shop, or the next people of the same column).
    static func adding(_ part: PlantMapPart, to page: [PlantMapPart]) -> [PlantMapPart] {
        guard var last = page.last, last.shop == part.shop, let columns = last.columns, let more = part.columns else {
            return page + [part]
        }
        switch (last.people, part.people) {
        case (nil, nil): last.columns = columns + more
        case let (a?, b?) where columns == more && a.upperBound == b.lowerBound: last.people = a.lowerBound..<b.upperBound
        default: return page + [part]
        }
        return page.dropLast() + [last]
    }

    /// The parts numbered within their shops (`part 2 of 3`); a shop in one part that draws all of it is whole.
    static func labelled(_ groups: [[PlantMapPart]], shops: [PlantMapShop]) -> [[PlantMapPart]] {
        var counts: [String: Int] = [:]
        for part in groups.joined() { counts[part.shop, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return groups.map { group in
            group.map { part in
                var part = part
                seen[part.shop, default: 0] += 1
                part.index = seen[part.shop] ?? 1
                part.count = counts[part.shop] ?? 1
                if part.count == 1, part.people == nil,
                    let shop = shops.first(where: { $0.key == part.shop }), Set(part.columns ?? []) == Set(shop.columns.map(\.key)) {
                    part.columns = nil
                }
                return part
            }
        }
    }

    /// The refusal when even one person of a shop does not fit a page beside its title, gates, cells and legend.
    private func tooLarge(_ part: PlantMapPart?, _ size: Double) -> CLIError {
        let name = part.flatMap { part in shops.first { $0.key == part.shop }?.name } ?? Text.string("map.page.outside")
        return CLIError.input(Text.string("map.pages.shopTooLarge", ["output": "\(options.output)", "paper": "\(paper.rawValue)",
            "shop": "\(name)", "size": .decimal(size, places: 1), "least": .decimal(least, places: 0)]))
    }
}
