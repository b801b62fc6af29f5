@testable import Gonghui
import Testing

@Suite struct RecordUnitTests {
    /// Sets of units are kept as bits by ordinal: each case its own bit, in declaration order.
    @Test func ordinalsAreThePlacesAmongAllCases() {
        #expect(RecordUnit.allCases.map(\.ordinal) == Array(RecordUnit.allCases.indices))
    }
}
