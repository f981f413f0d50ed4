import Testing
@testable import ShopfloorModel

/// The graph's person lookup (``PositionTable``) and its compact ties (``TieList``) give what the plain
/// dictionary and array gave (issue 20.1 replaced them for speed at a million people).
@Suite("Lookups: people by id through the position table, ties in their compact form")
struct LookupTests {
    @Test("every id finds its first position, an unknown id none, whatever its length or script")
    func positionTableFindsFirstPositions() {
        var ids = (0..<5_000).map { "p-\($0)" }
        ids += ["", "a", "12345678", "123456789", "çalışan-ğüşiöÇ", "a-very-long-identifier-of-forty-bytes-xx", "p-7", "a"]
        let table = PositionTable(ids)
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() where first[id] == nil { first[id] = i }
        for (id, position) in first { #expect(table.position(of: id) == position, "\(id)") }
        for unknown in ["p-5000", "p-", "b", "1234567", "çalışan", "P-7"] { #expect(table.position(of: unknown) == nil) }
        #expect(PositionTable([]).position(of: "") == nil)
    }

    @Test("compact ties read as the same Tie values, compare equal to them, and refuse an end outside the ids")
    func compactTiesAreTheSameTies() throws {
        let ids: [Person.ID] = ["a", "b", "c"]
        let compact = try #require(TieList(ids: ids, ends: [0, 1, 2, 0, 1, 2], kinds: [.friend, .coworker, .union], strengths: [1, 2, 3]))
        let values: TieList = [Tie("a", "b", kind: .friend, strength: 1), Tie("c", "a", kind: .coworker, strength: 2),
            Tie("b", "c", kind: .union, strength: 3)]
        #expect(compact == values && compact.array == values.array && compact.count == 3)
        #expect(compact.hashValue == values.hashValue)
        #expect((0..<3).map { compact.kind(at: $0) } == [.friend, .coworker, .union])
        #expect((0..<3).map { compact.strength(at: $0) } == [1, 2, 3])
        #expect(TieList(ids: ids, ends: [0, 3], kinds: [.friend], strengths: [1]) == nil)
        #expect(TieList(ids: ids, ends: [0, 1], kinds: [.friend, .union], strengths: [1, 2]) == nil)
        var graph = OrganizingGraph(people: ids.map { Person(id: $0, name: $0.rawValue) }, tieList: compact)
        graph.upsert(Tie("b", "a", kind: .relative, strength: 3))
        #expect(graph.ties.array == [Tie("b", "a", kind: .relative, strength: 3)] + values.array.dropFirst())
        #expect(graph.index(of: Person.ID("c")) == 2 && graph.person("b")?.name == "b" && graph.index(of: Person.ID("d")) == nil)
    }
}

/// The alias table's sort (``RadixSort``) orders keys of ascending low halves as a full sort does.
@Suite("Radix sort of alias keys")
struct RadixSortTests {
    @Test("keys of a prefix and an ascending position come out as sorted() orders them")
    func sameAsFullSort() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 300, 20_000] {
            // Few distinct prefixes, so that many keys share one and their order rests on stability.
            let pool = (0...(count / 7)).map { _ in UInt64(UInt32.random(in: .min ... .max, using: &generator)) }
            var keys = (0..<count).map { i in pool[Int.random(in: pool.indices, using: &generator)] << 32 | UInt64(i) }
            let expected = keys.sorted()
            RadixSort.sortByHighHalf(&keys)
            #expect(keys == expected, "\(count) keys")
        }
    }

    @Test("a person index built apart is taken for those very people only; any other list builds its own")
    func personIndexBuiltApart() {
        let people = (0..<2_000).map { Person(id: Person.ID("w-\(($0 &* 7_919) % 2_000)"), name: "N") }
        let apart = PersonIndex(ids: people.map { $0.id })
        let graph = OrganizingGraph(people: people, tieList: [], personIndex: apart)
        #expect(people.indices.allSatisfy { graph.index(of: people[$0].id) == $0 })
        #expect(graph.index(of: Person.ID("w-2000")) == nil)
        // An index of other ids (or of the same ids in another order) is not taken: the lookup stays right.
        for other in [PersonIndex(ids: people.reversed().map { $0.id }), PersonIndex(ids: [Person.ID("w-0")])] {
            let graph = OrganizingGraph(people: people, tieList: [], personIndex: other)
            #expect(people.indices.allSatisfy { graph.index(of: people[$0].id) == $0 })
        }
    }

    @Test("the branch-free range check of tie ends agrees with the plain one, at the edges and far outside")
    func endsWithinRange() {
        let edges: [Int32] = [.min, .min + 1, -2, -1, 0, 1, 4, 5, 6, .max - 1, .max]
        for (low, high) in [(Int32(0), Int32(5)), (-1, 5), (-1, 0), (0, 0), (0, .max), (-1, 1)] {
            for value in edges {
                let values = [Int32](repeating: max(low, 0), count: 40) + [value] + [Int32](repeating: max(low, 0), count: 3)
                #expect(values.allWithin(low, high) == values.allSatisfy { $0 >= low && $0 < high }, "\(value) in \(low)..<\(high)")
            }
        }
        #expect([Int32]().allWithin(0, 0) && [Int32]().allWithin(-1, 3))
    }
}
