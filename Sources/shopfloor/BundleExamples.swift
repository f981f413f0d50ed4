/// The examples of the bundle commands' help: one committee-and-cell exchange on the automotive sample (its
/// street cell `arapcesme-street`), each command's examples the steps up to and including its own, so that each
/// runs as written in a fresh folder (the keys' passphrases on the line, as a script would set them).
enum BundleExamples {
    /// The committee's and the cell's keys, the committee's workspace with the cell's key, the bundle out.
    static let out = """
        Examples (the committee gives the sample's street cell its part):
        \(steps)
        """

    /// The steps out, then the cell opening its part and sending back what it learned.
    static let back = """
        Examples (the cell opens its part and sends back what it learned):
        \(steps)
        \(cellSteps)
        """

    /// Every step, then the committee merging the cell's bundle.
    static let merge = """
        Examples (a cell's bundle comes back and the committee merges it):
        \(steps)
        \(cellSteps)
          SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 shopfloor merge committee.shopfloor \\
            arapcesme-back.bundle --key committee.key --prefer cell
        """

    private static let steps = """
          SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 shopfloor keys new committee
          SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 shopfloor keys new arapcesme
          shopfloor init committee.shopfloor
          shopfloor import committee.shopfloor Graphs/automotive-plant.yaml
          shopfloor cell key committee.shopfloor arapcesme-street --set arapcesme.pub
          SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 \\
            shopfloor bundle out committee.shopfloor \\
            --cell arapcesme-street --key committee.key -o arapcesme.bundle
        """

    private static let cellSteps = """
          SHOPFLOOR_PASSPHRASE=cell-pass-1 SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 \\
            shopfloor init arapcesme.shopfloor --from-bundle arapcesme.bundle \\
            --key arapcesme.key --committee-key committee.pub
          SHOPFLOOR_PASSPHRASE=cell-pass-1 SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 \\
            shopfloor bundle back arapcesme.shopfloor --key arapcesme.key \\
            -o arapcesme-back.bundle
        """
}
