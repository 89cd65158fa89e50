import CCairo
import CPangoCairo
import CFontconfig

/// PLACEHOLDER: owning wrappers of Cairo, Pango and fontconfig land here.
public enum NativeVersions {
    public static var cairo: String { String(cString: cairo_version_string()) }
}
