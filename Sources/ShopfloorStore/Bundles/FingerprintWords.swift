import Crypto
import Foundation

/// Fingerprints of public keys as six short English words that two people can read to each other to check
/// that they hold the same key (48 bits of SHA-256 of the key: forging a key with the same words takes about
/// 2^48 tries).
public enum FingerprintWords {
    /// The fixed list: 256 distinct words, one per byte value. Changing it changes every fingerprint.
    static let words: [String] = [
    "acid", "acorn", "actor", "adult", "agent", "alarm", "album", "alert", "alley", "amber", "angle", "ankle",
    "apple", "apron", "arena", "argue", "armor", "arrow", "atlas", "attic", "audio", "award", "bacon", "badge",
    "bagel", "baker", "bambu", "banjo", "barge", "basil", "basin", "beach", "beard", "bench", "berry", "bison",
    "blade", "blank", "blaze", "blend", "block", "bloom", "board", "boat", "bonus", "boost", "booth", "bottle",
    "brain", "brass", "bread", "brick", "bride", "broom", "brush", "bucket", "buddy", "bugle", "cabin", "cable",
    "cactus", "camel", "candy", "canoe", "canyon", "cargo", "carpet", "cedar", "chain", "chalk", "charm", "chess",
    "chief", "chili", "cider", "cigar", "cinema", "circle", "clamp", "cliff", "clock", "cloud", "clover", "coach",
    "cobra", "cocoa", "comet", "coral", "cotton", "couch", "crane", "crater", "crayon", "cream", "crown", "cubic",
    "curry", "daisy", "dance", "delta", "denim", "depot", "desert", "diary", "dingo", "disco", "dolphin", "donkey",
    "dragon", "drama", "dream", "drift", "drum", "eagle", "easel", "eclipse", "elbow", "ember", "empire", "engine",
    "equal", "falcon", "fancy", "feast", "fence", "ferry", "fiber", "field", "figure", "flame", "flash", "flute",
    "focus", "forest", "fossil", "frame", "frost", "fruit", "galaxy", "garden", "garlic", "gecko", "giant", "ginger",
    "glass", "globe", "glove", "goose", "grape", "gravel", "guitar", "habit", "hammer", "harbor", "hazel", "heart",
    "helmet", "hero", "honey", "hotel", "igloo", "index", "ink", "iris", "island", "ivory", "jacket", "jaguar",
    "jelly", "jewel", "jockey", "judge", "juice", "jungle", "kayak", "kernel", "kettle", "kiwi", "koala", "ladder",
    "lagoon", "lemon", "lens", "lilac", "linen", "lion", "lizard", "lobster", "locket", "lotus", "lunar", "magnet",
    "mango", "maple", "marble", "meadow", "medal", "melon", "metal", "mirror", "mocha", "monkey", "mosaic", "motor",
    "nectar", "needle", "noble", "novel", "oasis", "ocean", "olive", "onion", "opera", "orbit", "otter", "oxygen",
    "paddle", "palace", "panda", "paper", "parrot", "pasta", "peach", "pearl", "pebble", "pepper", "piano", "pilot",
    "pixel", "planet", "plaza", "pocket", "polar", "poppy", "potato", "prism", "pumpkin", "puzzle", "quartz",
    "quill", "rabbit", "radar", "radio", "raven", "river", "robin", "rocket", "ruby", "saddle", "salad", "salmon",
    "sandal", "satin", "scarf", "shadow", "shark"
    ]

    /// The six words of a public key's bytes.
    public static func of(_ publicKey: Data) -> String {
        Array(SHA256.hash(data: Data("shopfloor-fingerprint".utf8) + publicKey)).prefix(6).map { words[Int($0)] }
            .joined(separator: " ")
    }
}
