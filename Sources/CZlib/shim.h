// zlib for the CLI's gzip input. zlib's header pulls in no ICU, so it can sit next to Foundation.
#include <zlib.h>
