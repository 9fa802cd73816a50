import Foundation
import PantauCLI

// Everything lives in PantauCLI so tests can drive the commands in-process.
exit(await PantauEntry.main())
