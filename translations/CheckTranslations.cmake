# Fails when a .ts file is not finished: lupdate is run on a copy of each file against the
# current sources, and the copy must then have no unfinished, vanished or obsolete entry (a
# new or changed message, or one the sources no longer have).
#   cmake -DLUPDATE=... -DSOURCES_LIST=file -DTS_DIR=dir -DWORK_DIR=dir -P CheckTranslations.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed FALSE)
foreach(language de ja en)
    set(ts ${WORK_DIR}/sync-console_${language}.ts)
    file(COPY_FILE ${TS_DIR}/sync-console_${language}.ts ${ts})
    set(options -locations none)
    if(language STREQUAL "en")
        list(APPEND options -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} ${options} @${SOURCES_LIST} -ts ${ts}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR output MATCHES "cannot be called without context")
        message(SEND_ERROR "lupdate on sync-console_${language}.ts:\n${output}")
        set(failed TRUE)
    endif()
    file(STRINGS ${ts} unfinished REGEX "type=\"(unfinished|vanished|obsolete)\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        file(READ ${ts} text)
        string(REGEX MATCHALL
            "<source>[^<]*</source>(\n[^\n]*<comment>[^<]*</comment>)?\n[^\n]*<translation type=\"(unfinished|vanished|obsolete)\""
            entries "${text}")
        string(REPLACE ";" "\n" entries "${entries}")
        message(SEND_ERROR "translations/sync-console_${language}.ts has ${count} unfinished or "
            "obsolete entries; run `ninja update_translations`, translate the new ones and delete the vanished ones:\n${entries}")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations are not complete")
endif()
message(STATUS "All translations are complete.")
