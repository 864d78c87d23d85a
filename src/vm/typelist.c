/* Every static type that is not an exception (those are in exc.c), for
 * start-up to ready (lifecycle.c).  mp_type_ready readies a type's bases
 * first, so the order here is only for reading. */
#include "minipy/array.h"
#include "minipy/bytes.h"
#include "minipy/code.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/fileio.h"
#include "minipy/float.h"
#include "minipy/frame.h"
#include "minipy/func.h"
#include "minipy/genericalias.h"
#include "minipy/gen.h"
#include "minipy/int.h"
#include "minipy/iter.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/str.h"
#include "minipy/traceback.h"
#include "minipy/memoryview.h"
#include "minipy/namespace.h"
#include "minipy/posix.h"
#include "minipy/structseq.h"
#include "minipy/tuple.h"
#include "minipy/union.h"
#include "minipy/weakref.h"

extern mp_type mp_type_sitebuiltins_quitter, mp_type_sitebuiltins_printer,
    mp_type_sitebuiltins_helper, mp_type_weakproxy, mp_type_weakcallableproxy;
/* _random (modules/random.c) */
extern mp_type mp_type_random;
/* _thread (modules/_thread.c) */
extern mp_type mp_type_thread_lock, mp_type_thread_rlock, mp_type_thread_local;
extern mp_structseq_type mp_type_thread_excepthook_args;
/* _sre (modules/_sre.c) */
extern mp_type mp_type_sre_program;
/* posix (modules/posix.c): os.statvfs_result */
extern mp_structseq_type mp_type_statvfs_result;
/* _struct (modules/_struct.c) */
extern mp_type mp_type_struct, mp_type_struct_unpack_iterator, mp_type_struct_error;
/* _sqlite3 (modules/_sqlite3.c) */
extern mp_type mp_type_sqlite3_database, mp_type_sqlite3_statement, mp_type_sqlite3_Warning,
    mp_type_sqlite3_Error, mp_type_sqlite3_InterfaceError, mp_type_sqlite3_DatabaseError,
    mp_type_sqlite3_InternalError, mp_type_sqlite3_OperationalError,
    mp_type_sqlite3_ProgrammingError, mp_type_sqlite3_IntegrityError, mp_type_sqlite3_DataError,
    mp_type_sqlite3_NotSupportedError;

mp_type *const mp_object_types[] = {
    /* the roots */
    &mp_type_object, &mp_type_type, &mp_type_none, &mp_type_notimplemented, &mp_type_ellipsis,
    /* numbers */
    &mp_type_int, &mp_type_bool, &mp_type_float, &mp_type_complex,
    /* text and bytes */
    &mp_type_str, &mp_type_str_iterator, &mp_type_bytes, &mp_type_bytearray,
    /* containers and their iterators */
    &mp_type_tuple, &mp_type_tuple_iterator, &mp_type_list, &mp_type_list_iterator,
    &mp_type_list_reverseiterator, &mp_type_dict, &mp_type_dict_keys, &mp_type_dict_values,
    &mp_type_dict_items, &mp_type_dict_keyiterator, &mp_type_dict_valueiterator,
    &mp_type_dict_itemiterator, &mp_type_dict_reversekeyiterator,
    &mp_type_dict_reversevalueiterator, &mp_type_dict_reverseitemiterator, &mp_type_set,
    &mp_type_frozenset, &mp_type_set_iterator, &mp_type_bytes_iterator,
    &mp_type_bytearray_iterator,
    &mp_type_range, &mp_type_range_iterator, &mp_type_longrange_iterator, &mp_type_slice,
    &mp_type_seqiter, &mp_type_callable_iterator, &mp_type_enumerate, &mp_type_zip, &mp_type_map,
    &mp_type_filter, &mp_type_reversed,
    /* code and functions */
    &mp_type_code, &mp_type_function, &mp_type_cell, &mp_type_method, &mp_type_builtin_function,
    &mp_type_staticmethod, &mp_type_classmethod, &mp_type_property, &mp_type_super,
    /* descriptors */
    &mp_type_method_descr, &mp_type_classmethod_descr, &mp_type_member_descr,
    &mp_type_getset_descr, &mp_type_wrapper_descr, &mp_type_method_wrapper,
    &mp_type_mappingproxy,
    /* execution */
    &mp_type_module, &mp_type_frame, &mp_type_traceback, &mp_type_generator,
    &mp_type_coroutine, &mp_type_coroutine_wrapper, &mp_type_async_generator,
    &mp_type_async_gen_asend, &mp_type_async_gen_athrow, &mp_type_async_gen_wrapped_value,
    &mp_type_anext_awaitable, &mp_type_asyncgen_hooks.type,
    /* files */
    &mp_type_textio, &mp_type_buffered_reader, &mp_type_buffered_writer,
    &mp_type_buffered_random, &mp_type_unsupported_operation,
    &mp_type_union, &mp_type_genericalias, &mp_type_namespace,
    /* struct sequences */
    &mp_type_sys_flags.type, &mp_type_sys_float_info.type, &mp_type_sys_int_info.type,
    &mp_type_sys_hash_info.type, &mp_type_sys_thread_info.type,
    &mp_type_sys_version_info.type, &mp_type_struct_time.type,
    /* the site builtins */
    &mp_type_sitebuiltins_quitter, &mp_type_sitebuiltins_printer, &mp_type_sitebuiltins_helper,
    /* memory */
    &mp_type_weakref, &mp_type_weakproxy, &mp_type_weakcallableproxy, &mp_type_memoryview,
    &mp_type_memory_iterator,
    /* threads */
    &mp_type_thread_lock, &mp_type_thread_rlock, &mp_type_thread_local,
    &mp_type_thread_excepthook_args.type,
    /* the posix and array modules */
    &mp_type_stat_result.type, &mp_type_uname_result.type, &mp_type_terminal_size.type,
    &mp_type_statvfs_result.type,
    &mp_type_posix_direntry, &mp_type_posix_scandir_iterator, &mp_type_array,
    &mp_type_array_iterator, &mp_type_random,
    /* the _sre module's compiled programs */
    &mp_type_sre_program,
    /* the _struct module: Struct, its iterator, struct.error */
    &mp_type_struct, &mp_type_struct_unpack_iterator, &mp_type_struct_error,
    /* the _sqlite3 module: its handles and the DB-API's exceptions */
    &mp_type_sqlite3_database, &mp_type_sqlite3_statement, &mp_type_sqlite3_Warning,
    &mp_type_sqlite3_Error, &mp_type_sqlite3_InterfaceError, &mp_type_sqlite3_DatabaseError,
    &mp_type_sqlite3_InternalError, &mp_type_sqlite3_OperationalError,
    &mp_type_sqlite3_ProgrammingError, &mp_type_sqlite3_IntegrityError,
    &mp_type_sqlite3_DataError, &mp_type_sqlite3_NotSupportedError,
    NULL,
};
