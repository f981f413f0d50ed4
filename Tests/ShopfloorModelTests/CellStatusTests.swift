import Testing

@testable import ShopfloorModel

/// The one cell-status rule [res. 13, 16] that the district map, the report and the GraphML export all read.
@Suite("Cell status of a workplace")
struct CellStatusTests {
    private func cell(_ members: [Person.ID], committee: [Person.ID] = []) -> Cell {
        Cell(id: "c", kind: .workplace, workplace: "w", members: members, committee: committee)
    }

    @Test("no members and no cell is none; members and no cell is forming")
    func withoutCells() {
        #expect(CellStatus(members: 0, workplaceCells: []) == .none)
        #expect(CellStatus(members: 1, workplaceCells: []) == .forming)
        #expect(CellStatus(members: 7, workplaceCells: []) == .forming)
    }

    @Test("a cell below three is forming, even with no member working there")
    func smallCell() {
        #expect(CellStatus(members: 0, workplaceCells: [cell(["a", "b"])]) == .forming)
        #expect(CellStatus(members: 2, workplaceCells: [cell(["a", "b"], committee: ["a", "b", "x"])]) == .forming)
    }

    @Test("three or more is a cell; a committee of three to five makes it a cell with committee")
    func cellAndCommittee() {
        #expect(CellStatus(members: 3, workplaceCells: [cell(["a", "b", "c"])]) == .cell)
        #expect(CellStatus(members: 3, workplaceCells: [cell(["a", "b", "c"], committee: ["a", "b"])]) == .cell)
        #expect(CellStatus(members: 3, workplaceCells: [cell(["a", "b", "c"], committee: ["a", "b", "c"])])
            == .cellWithCommittee)
        let six: [Person.ID] = ["a", "b", "c", "d", "e", "f"]
        #expect(CellStatus(members: 6, workplaceCells: [cell(six, committee: six)]) == .cell)
    }

    @Test("a member or a seat listed twice counts once (the map once counted it twice and drew a cell of two)")
    func distinctMembers() {
        #expect(CellStatus(members: 2, workplaceCells: [cell(["a", "a", "b"])]) == .forming)
        #expect(CellStatus(members: 3, workplaceCells: [cell(["a", "b", "c"], committee: ["a", "a", "b"])]) == .cell)
    }

    @Test("of several workplace cells the furthest one counts")
    func bestCell() {
        let cells = [cell(["a"]), cell(["b", "c", "d"], committee: ["b", "c", "d"]), cell(["e", "f", "g"])]
        #expect(CellStatus(members: 7, workplaceCells: cells) == .cellWithCommittee)
        #expect(CellStatus.allCases.sorted() == [.none, .forming, .cell, .cellWithCommittee])
        #expect(CellStatus.allCases.filter(\.isCell) == [.cell, .cellWithCommittee])
    }
}
