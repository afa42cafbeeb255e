from alpine
run echo hi > /x
from busybox
copy --from=0 /x /x
