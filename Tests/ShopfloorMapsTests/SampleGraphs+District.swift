import ShopfloorModel

extension SampleGraphs {
    /// A district graph: 26 workplaces in four districts and five sectors, cells in every state, street cells,
    /// members attached to another workplace's cell.
    static func district(hostile: Bool = false) -> OrganizingGraph {
        var dice = Dice(state: 7)
        let districts = ["Gebze", "Dilovası", "Çayırova", "Darıca"]
        let sectors = ["automotive", "chemicals", "logistics", "retail", "banking"]
        var workplaces: [Workplace] = []
        var people: [Person] = []
        var cells: [Cell] = []
        var places: [Place] = districts.enumerated().map { i, d in
            Place(id: Place.ID("hood-\(i)"), kind: .neighbourhood, name: "Mahalle \(d)", district: d)
        }
        for i in 0..<26 {
            let id = Workplace.ID("w\(i)")
            let headcount = [2400, 1200, 800, 450, 300, 120, 60, 35][i % 8] + dice.next(40)
            let name = hostile && i == 3 ? hostileName : "Workplace \(i) \(sectors[i % 5].capitalized) Ltd"
            workplaces.append(Workplace(id: id, name: name, kind: i % 5 == 4 ? .office : .factory,
                sector: sectors[i % 5], employer: "Employer \(i % 6) Holding", headcount: headcount,
                district: districts[i % 4], neighbourhood: Place.ID("hood-\(i % 4)")))
            let memberCount = [0, 0, 1, 2, 3, 4, 5, 0, 6][i % 9]
            var members: [Person.ID] = []
            for m in 0..<memberCount {
                let pid = Person.ID("w\(i)-m\(m)")
                members.append(pid)
                people.append(Person(id: pid, name: "Member \(m) of Workplace \(i)", workplace: id,
                    address: "Address of member \(m)", affiliation: .member, assessment: .leader, notes: "note m\(m)"))
            }
            for s in 0..<dice.next(8) {
                people.append(Person(id: Person.ID("w\(i)-s\(s)"), name: "Sympathizer \(s) at \(i)", workplace: id,
                    affiliation: .sympathizer, assessment: .supportive))
            }
            if memberCount >= 3 {
                cells.append(Cell(id: Cell.ID("cell-w\(i)"), kind: .workplace, workplace: id, members: members,
                    committee: memberCount >= 5 ? Array(members.prefix(3)) : []))
            } else if memberCount > 0 && i % 2 == 0 {
                // One or two members attached to the nearest cell (the next workplace with a cell).
                cells.append(Cell(id: Cell.ID("cell-w\(i)"), kind: .workplace, workplace: id, members: members))
            }
        }
        // Members of w2 (one member) are attached to w4's cell.
        if let w4 = cells.firstIndex(where: { $0.id == "cell-w4" }) { cells[w4].members.append("w2-m0") }
        cells.removeAll { $0.id == "cell-w2" }
        for (i, d) in districts.enumerated().prefix(3) {
            let ids = (0..<3).map { Person.ID("street-\(i)-\($0)") }
            for pid in ids {
                people.append(Person(id: pid, name: "Street \(pid) Güneş", home: Place.ID("hood-\(i)"),
                    affiliation: .member, assessment: .supportive))
            }
            cells.append(Cell(id: Cell.ID("street-\(d.lowercased())"), kind: .street, name: "Street cell \(d)",
                neighbourhood: Place.ID("hood-\(i)"), targets: [Workplace.ID("w\(i)")], members: ids,
                committee: ids))
        }
        places.append(Place(id: "gate-w0", kind: .gate, name: "Main gate", workplace: "w0"))
        return OrganizingGraph(name: "Kocaeli sample", workplaces: workplaces, people: people, cells: cells,
            places: places)
    }
}
