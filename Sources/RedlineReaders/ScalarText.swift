extension String {
    /// A string of the given Unicode scalars, written in one allocation.
    ///
    /// `String(String.UnicodeScalarView(slice))` appends the scalars one by one through the generic
    /// collection path, which costs about as much as the rest of a label parse; the readers build
    /// such strings for every label, reference and number token.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for scalar in scalars {
                for byte in scalar.utf8 {
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }
}
