# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN dir c:\ `
    && echo done
COPY C:\app\ C:\app\
