import CMalloc
import Foundation
import PantauCLI

pantau_keep_freed_memory()
// Everything lives in PantauCLI so tests can drive the commands in-process.
exit(await PantauEntry.main())
