/* --trace=html (trace.h): one self-contained page that steps through the
 * trace of --trace=json, forwards and backwards: the source with the
 * current line, the bytecode with the current instruction, the frames,
 * the heap with arrows and reference counts, and the output so far.
 *
 * The page is tools/trace_viewer/ (HTML, CSS and JavaScript, no library,
 * nothing from the network), embedded at build time by
 * tools/embed_viewer.py as the text before and after the trace.  The
 * trace goes in as it is, inside <script type="application/json">: its
 * strings escape '<', '>', '&' and U+2028/2029 (trace_json.c), so nothing
 * the program printed or stored can close the element, and the viewer
 * puts every string into the page as text (textContent), never as HTML. */
#include <string.h>

#include "trace_internal.h"

/* build/gen/trace_viewer.c */
extern const char mp_trace_viewer_head[], mp_trace_viewer_tail[];
extern const size_t mp_trace_viewer_head_len, mp_trace_viewer_tail_len;

int mp_trace_html_write(FILE *out, const char *json, size_t len)
{
    /* The JSON has no '<' of its own (see above): one here would be a bug
     * of the writer, and could end the <script> element. */
    if (memchr(json, '<', len)) {
        fputs("minipy: internal error: the trace's JSON is not safe to put in a page\n", stderr);
        return -1;
    }
    fwrite(mp_trace_viewer_head, 1, mp_trace_viewer_head_len, out);
    fwrite(json, 1, len, out);
    fwrite(mp_trace_viewer_tail, 1, mp_trace_viewer_tail_len, out);
    return ferror(out) ? -1 : 0;
}
