# SPDX-FileCopyrightText: 2026 SME Community contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The user interface translations: translations/smecommunity_<lang>.ts, refreshed from the
# sources by scripts/update-translations.sh (lupdate; target `update_translations`) and compiled
# here by lrelease into the resource `:/i18n/smecommunity_<lang>.qm`.
#
# lrelease runs as a plain custom command rather than through qt_add_lrelease() or
# qt_add_translations(), whose signatures changed between Qt 6.4 and 6.7.
# en holds only the plural forms of the English source text.
set(SMEC_LANGUAGES fr es ar zh_CN ru en)
set(SMEC_TRANSLATIONS_DIR ${CMAKE_CURRENT_LIST_DIR})

# Compiles every .ts file and embeds the .qm files in `target` under :/i18n.
function(smec_add_translations target)
    set(qm_dir ${CMAKE_CURRENT_BINARY_DIR}/i18n)
    set(qm_files)
    foreach(lang IN LISTS SMEC_LANGUAGES)
        set(ts ${SMEC_TRANSLATIONS_DIR}/smecommunity_${lang}.ts)
        set(qm ${qm_dir}/smecommunity_${lang}.qm)
        add_custom_command(OUTPUT ${qm}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${qm_dir}
            COMMAND Qt6::lrelease -silent -nounfinished -removeidentical ${ts} -qm ${qm}
            DEPENDS ${ts} Qt6::lrelease
            COMMENT "lrelease smecommunity_${lang}.ts"
            VERBATIM)
        list(APPEND qm_files ${qm})
    endforeach()
    set_source_files_properties(${qm_files} PROPERTIES GENERATED TRUE)
    qt_add_resources(${target} smec_translations PREFIX /i18n BASE ${qm_dir} FILES ${qm_files})

    if(NOT TARGET update_translations)
        add_custom_target(update_translations
            COMMAND ${PROJECT_SOURCE_DIR}/scripts/update-translations.sh
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
            COMMENT "lupdate: refreshing translations/*.ts from app/ and lib/"
            VERBATIM USES_TERMINAL)
    endif()
endfunction()
