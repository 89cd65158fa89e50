import Testing
@testable import Deck

@Test func sixteenByNineIsMarpsDefaultSize() {
    #expect(SlideSize.sixteenByNine == SlideSize(width: 1280, height: 720))
    #expect(DeckDocument().size == .sixteenByNine)
}
