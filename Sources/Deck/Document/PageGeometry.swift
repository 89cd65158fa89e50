import Geometry

/// The page and its text area (margins) in points.
struct PageGeometry {
    var paper: DocumentPaper
    var body: Rect

    init(paper: DocumentPaper) {
        self.paper = paper
        let side = 64.0
        body = Rect(x: side, y: 72, width: paper.width - 2 * side, height: paper.height - 72 - 68)
    }
}
