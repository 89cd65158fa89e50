import Trellis
print("trellis \(TrellisVersion.string)")
