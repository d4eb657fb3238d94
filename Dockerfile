# syntax=docker/dockerfile:1
# Gongkai's web application as a container: built with the SDK, run on the ASP.NET Core runtime as a non-root user,
# its root file system read-only (compose.yaml mounts /tmp as tmpfs; SQLite, if used, lives in the /data volume).
# docker build -t gongkai .   — see docs/deployment.md for a province's deployment (compose.yaml).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The package graph first, so that a change to the code does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Gongkai.Core/Gongkai.Core.csproj src/Gongkai.Core/
COPY src/Gongkai.Ingest/Gongkai.Ingest.csproj src/Gongkai.Ingest/
COPY src/Gongkai.Render/Gongkai.Render.csproj src/Gongkai.Render/
COPY src/Gongkai.Web/Gongkai.Web.csproj src/Gongkai.Web/
RUN dotnet restore src/Gongkai.Web/Gongkai.Web.csproj
COPY src/ src/
RUN dotnet publish src/Gongkai.Web/Gongkai.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The PDF documents embed AR PL UMing; backup and restore call pg_dump/pg_restore; scanned reports are read with
# Tesseract (chi_sim).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      fonts-arphic-uming postgresql-client tesseract-ocr tesseract-ocr-chi-sim \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1 \
    Logging__Console__FormatterName=json \
    ConnectionStrings__Gongkai="Data Source=/data/gongkai.db" \
    SampleData__Enabled=false
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Gongkai.Web.dll"]
