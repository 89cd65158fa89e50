import TrellisCLI

// The `trellis` program. `trellis serve` hands over to `trellis-serve` (see PreviewHosting).
TrellisCommand.main()
