import Geometry
import Scene

/// Moves items without adding groups, so dumps show final positions.
enum ItemMover {
    static func moved(_ item: Item, dx: Double, dy: Double) -> Item {
        if dx == 0 && dy == 0 { return item }
        let shift = Transform.translation(dx, dy)
        switch item {
        case .shape(var shape):
            shape.path = shape.path.transformed(by: shift)
            return .shape(shape)
        case .text(var text):
            text.box = text.box.offsetBy(dx: dx, dy: dy)
            return .text(text)
        case .group(var group):
            if group.transform.isIdentity {
                group.items = group.items.map { moved($0, dx: dx, dy: dy) }
                group.clip = group.clip?.transformed(by: shift)
            } else {
                group.transform = shift.concatenating(group.transform)
            }
            return .group(group)
        case .image(var image):
            image.rect = image.rect.offsetBy(dx: dx, dy: dy)
            return .image(image)
        }
    }
}
