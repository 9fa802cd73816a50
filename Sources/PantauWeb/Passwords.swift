import HummingbirdBcrypt

/// Passwords as bcrypt hashes (hummingbird-auth's bcrypt): only the hash is stored.
public enum Passwords {
    /// bcrypt's work factor: 2^12 rounds, about a quarter of a second per check here.
    public static let cost: UInt8 = 12

    /// The rules for a new password, checked before hashing: long enough to resist
    /// guessing, short enough for bcrypt (which reads 72 bytes).
    public static func problem(with password: String) -> String? {
        if password.count < 10 { return "kata sandi terlalu pendek: minimal 10 karakter" }
        if password.utf8.count > 72 { return "kata sandi terlalu panjang: maksimal 72 byte" }
        return nil
    }

    public static func hash(_ password: String, cost: UInt8 = Passwords.cost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A hash no password matches, checked for unknown names so that a wrong name takes
    /// as long as a wrong password (the timing does not tell which names exist).
    static let decoy = Bcrypt.hash(Token.make(), cost: Passwords.cost)
}
