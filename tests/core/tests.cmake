foreach(name mojibake bankparser bankshapes topicrules conceptgrouper concepts database bankimporter searchengine userdata backups fsrs reviews quiz progressstats estimation)
    sdstudy_add_test(tst_${name} SOURCES tst_${name}.cpp LIBRARIES sdstudy_core)
endforeach()

# Packages written here with KArchive, pictures made with QImage.
sdstudy_add_test(tst_ankipackage SOURCES tst_ankipackage.cpp LIBRARIES sdstudy_core KF6::Archive Qt6::Gui)

# Killed again and again by tst_killsafety while it writes.
qt_add_executable(sdstudy-crashwriter ${CMAKE_CURRENT_LIST_DIR}/crashwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/crashwriteops.h)
target_link_libraries(sdstudy-crashwriter PRIVATE sdstudy_options sdstudy_core)
sdstudy_add_test(tst_killsafety SOURCES tst_killsafety.cpp crashwriteops.h LIBRARIES sdstudy_core)
target_compile_definitions(tst_killsafety PRIVATE SDSTUDY_CRASH_WRITER="$<TARGET_FILE:sdstudy-crashwriter>")
add_dependencies(tst_killsafety sdstudy-crashwriter)

# The translations are complete for the sources as they are now: lupdate runs on
# copies of translations/*.ts, then every message must be finished.
sdstudy_add_test(tst_translations SOURCES tst_translations.cpp LIBRARIES sdstudy_core)
target_compile_definitions(tst_translations PRIVATE
    SDSTUDY_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SDSTUDY_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")

# Learns from review logs of a learner simulated with known parameters.
sdstudy_add_test(tst_fsrsoptimizer
    SOURCES tst_fsrsoptimizer.cpp ../support/simulatedlearner.cpp ../support/simulatedlearner.h
    LIBRARIES sdstudy_core)

sdstudy_add_test(tst_workload SOURCES tst_workload.cpp LIBRARIES sdstudy_core)
sdstudy_add_test(tst_interview SOURCES tst_interview.cpp LIBRARIES sdstudy_core)
