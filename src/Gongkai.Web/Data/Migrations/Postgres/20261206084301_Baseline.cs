using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    ReviewBody = table.Column<string>(type: "text", nullable: true),
                    Court = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_Agencies_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: true),
                    CaseId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Json = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CellOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CellOverrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Digests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Overdue = table.Column<int>(type: "integer", nullable: false),
                    DueSoon = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Digests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveCells",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveCells", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProactiveItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    DocumentNumber = table.Column<string>(type: "text", nullable: true),
                    Category = table.Column<string>(type: "text", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Url = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProactiveItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Preamble = table.Column<string>(type: "text", nullable: true),
                    Overview = table.Column<string>(type: "text", nullable: true),
                    Problems = table.Column<string>(type: "text", nullable: true),
                    Other = table.Column<string>(type: "text", nullable: true),
                    Published = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    ContentType = table.Column<string>(type: "text", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FiledReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Template = table.Column<int>(type: "integer", nullable: false),
                    OtherCollapsed = table.Column<bool>(type: "boolean", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    Format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "text", nullable: true),
                    Published = table.Column<DateOnly>(type: "date", nullable: true),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Cells = table.Column<decimal?[]>(type: "numeric[]", nullable: false),
                    Errors = table.Column<int>(type: "integer", nullable: false),
                    Warnings = table.Column<int>(type: "integer", nullable: false),
                    NewReceived = table.Column<decimal>(type: "numeric", nullable: true),
                    CarriedForward = table.Column<decimal>(type: "numeric", nullable: true),
                    ReviewTotal = table.Column<decimal>(type: "numeric", nullable: true),
                    ReviewCorrected = table.Column<decimal>(type: "numeric", nullable: true),
                    ReviewConcluded = table.Column<decimal>(type: "numeric", nullable: true),
                    SuitTotal = table.Column<decimal>(type: "numeric", nullable: true),
                    SuitCorrected = table.Column<decimal>(type: "numeric", nullable: true),
                    SuitConcluded = table.Column<decimal>(type: "numeric", nullable: true),
                    FileId = table.Column<long>(type: "bigint", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    Grams = table.Column<int[]>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiledReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FiledReports_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FiledReports_ReportFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "ReportFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Submitted = table.Column<DateOnly>(type: "date", nullable: false),
                    Confirmed = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApplicantKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantName = table.Column<string>(type: "text", nullable: false),
                    IdNumber = table.Column<string>(type: "text", nullable: true),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Address = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    InformationRequested = table.Column<string>(type: "text", nullable: false),
                    PreferredForm = table.Column<string>(type: "text", nullable: true),
                    HandlerId = table.Column<string>(type: "text", nullable: true),
                    CorrectionRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionRequest = table.Column<string>(type: "text", nullable: true),
                    CorrectionDueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectionReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "text", nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "text", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeRow = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OutcomeNote = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_AspNetUsers_HandlerId",
                        column: x => x.HandlerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "FiledFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FiledReportId = table.Column<long>(type: "bigint", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Rule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Where = table.Column<string>(type: "text", nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    Expected = table.Column<decimal>(type: "numeric", nullable: true),
                    Actual = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiledFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FiledFindings_FiledReports_FiledReportId",
                        column: x => x.FiledReportId,
                        principalTable: "FiledReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    ContentType = table.Column<string>(type: "text", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Filed = table.Column<DateOnly>(type: "date", nullable: false),
                    Decided = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Challenges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Party = table.Column<string>(type: "text", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ParentId",
                table: "Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_AgencyId",
                table: "AspNetUsers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_CaseId",
                table: "Attachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_CaseId",
                table: "Audit",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_ClosedOn",
                table: "Cases",
                columns: new[] { "AgencyId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_Number",
                table: "Cases",
                columns: new[] { "AgencyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlerId",
                table: "Cases",
                column: "HandlerId");

            migrationBuilder.CreateIndex(
                name: "IX_CellOverrides_AgencyId_Year_Path",
                table: "CellOverrides",
                columns: new[] { "AgencyId", "Year", "Path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_CaseId",
                table: "Challenges",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_CaseId",
                table: "Consultations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Digests_AgencyId_Day",
                table: "Digests",
                columns: new[] { "AgencyId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FiledFindings_AgencyId",
                table: "FiledFindings",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_FiledFindings_FiledReportId",
                table: "FiledFindings",
                column: "FiledReportId");

            migrationBuilder.CreateIndex(
                name: "IX_FiledFindings_Year_Rule",
                table: "FiledFindings",
                columns: new[] { "Year", "Rule" });

            migrationBuilder.CreateIndex(
                name: "IX_FiledReports_Figures",
                table: "FiledReports",
                columns: new[] { "Year", "AgencyId" },
                filter: "\"IsCurrent\"")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "NewReceived", "CarriedForward", "ReviewCorrected", "ReviewConcluded", "SuitCorrected", "SuitConcluded", "Errors", "Warnings" });

            migrationBuilder.CreateIndex(
                name: "IX_FiledReports_FileId",
                table: "FiledReports",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_FiledReports_Grams",
                table: "FiledReports",
                column: "Grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_FiledReports_IsCurrent_Year_AgencyId",
                table: "FiledReports",
                columns: new[] { "IsCurrent", "Year", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_FiledReports_OneCurrent",
                table: "FiledReports",
                columns: new[] { "AgencyId", "Year" },
                unique: true,
                filter: "\"IsCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_FiledReports_Portal",
                table: "FiledReports",
                columns: new[] { "Year", "Id" },
                filter: "\"IsCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_FiledReports_Sha256",
                table: "FiledReports",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FiledReports_Year_AgencyId_IsCurrent",
                table: "FiledReports",
                columns: new[] { "Year", "AgencyId", "IsCurrent" });

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveCells_AgencyId_Year_Path",
                table: "ProactiveCells",
                columns: new[] { "AgencyId", "Year", "Path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProactiveItems_AgencyId_Year",
                table: "ProactiveItems",
                columns: new[] { "AgencyId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportDrafts_AgencyId_Year",
                table: "ReportDrafts",
                columns: new[] { "AgencyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportFiles_Sha256",
                table: "ReportFiles",
                column: "Sha256",
                unique: true);
        
            // The audit log is append-only in the database itself, so that not even a bug in this program can rewrite history.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
                CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON "Audit" FOR EACH ROW EXECUTE FUNCTION audit_append_only();
                """);
            // The agency closure table and its triggers (Oversight/AgencyTree.cs), as made at stop 12.
            migrationBuilder.Sql(AgencyTree);
            // The roll-up partials, their functions and triggers, and their first fill (Oversight/RollUpPartials.cs).
            migrationBuilder.Sql(RollUpPartials);
            migrationBuilder.Sql(RollUpPartialsFill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE "RollUpPartials";
                DROP TRIGGER rollup_reports_inserted ON "FiledReports";
                DROP TRIGGER rollup_reports_deleted ON "FiledReports";
                DROP TRIGGER rollup_reports_updated ON "FiledReports";
                DROP TRIGGER rollup_agencies_moved ON "Agencies";
                DROP FUNCTION rollup_reports_inserted(); DROP FUNCTION rollup_reports_deleted();
                DROP FUNCTION rollup_reports_updated(); DROP FUNCTION rollup_agencies_moved();
                DROP FUNCTION rollup_add(numeric[], numeric[]); DROP FUNCTION rollup_add(integer[], integer[]);
                DROP TABLE "AgencyAncestors";
                DROP TRIGGER agency_tree_inserted ON "Agencies"; DROP TRIGGER agency_tree_moved ON "Agencies";
                DROP FUNCTION agency_tree_inserted(); DROP FUNCTION agency_tree_moved();
                DROP TRIGGER audit_no_change ON "Audit"; DROP FUNCTION audit_append_only();
                """);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "Audit");

            migrationBuilder.DropTable(
                name: "CalendarVersions");

            migrationBuilder.DropTable(
                name: "CellOverrides");

            migrationBuilder.DropTable(
                name: "Challenges");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "Digests");

            migrationBuilder.DropTable(
                name: "FiledFindings");

            migrationBuilder.DropTable(
                name: "ProactiveCells");

            migrationBuilder.DropTable(
                name: "ProactiveItems");

            migrationBuilder.DropTable(
                name: "ReportDrafts");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "FiledReports");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ReportFiles");

            migrationBuilder.DropTable(
                name: "Agencies");
        }
    
        internal const string AgencyTree = """
            CREATE TABLE "AgencyAncestors" (
              "AncestorId" integer NOT NULL REFERENCES "Agencies" ("Id") ON DELETE CASCADE,
              "AgencyId" integer NOT NULL REFERENCES "Agencies" ("Id") ON DELETE CASCADE,
              PRIMARY KEY ("AncestorId", "AgencyId"));
            CREATE INDEX "IX_AgencyAncestors_AgencyId" ON "AgencyAncestors" ("AgencyId");

            INSERT INTO "AgencyAncestors" ("AncestorId", "AgencyId")
            WITH RECURSIVE up("AgencyId", "AncestorId") AS (
              SELECT "Id", "Id" FROM "Agencies"
              UNION
              SELECT u."AgencyId", a."ParentId" FROM up u JOIN "Agencies" a ON a."Id" = u."AncestorId" WHERE a."ParentId" IS NOT NULL)
            SELECT "AncestorId", "AgencyId" FROM up;

            CREATE FUNCTION agency_tree_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
              INSERT INTO "AgencyAncestors" ("AncestorId", "AgencyId")
              SELECT "AncestorId", NEW."Id" FROM "AgencyAncestors" WHERE "AgencyId" = NEW."ParentId"
              UNION SELECT NEW."Id", NEW."Id";
              RETURN NULL; END $$;
            CREATE TRIGGER agency_tree_inserted AFTER INSERT ON "Agencies" FOR EACH ROW EXECUTE FUNCTION agency_tree_inserted();

            -- A move takes the agency's whole subtree along: its rows under the old ancestors go, those under the new come.
            CREATE FUNCTION agency_tree_moved() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
              IF NEW."ParentId" IS NOT NULL AND EXISTS (
                  SELECT 1 FROM "AgencyAncestors" WHERE "AncestorId" = NEW."Id" AND "AgencyId" = NEW."ParentId") THEN
                RAISE EXCEPTION '机关 % 不能隶属于其自身或其下级机关 %', NEW."Id", NEW."ParentId" USING ERRCODE = 'check_violation';
              END IF;
              DELETE FROM "AgencyAncestors"
              WHERE "AgencyId" IN (SELECT "AgencyId" FROM "AgencyAncestors" WHERE "AncestorId" = NEW."Id")
                AND "AncestorId" IN (SELECT "AncestorId" FROM "AgencyAncestors" WHERE "AgencyId" = NEW."Id" AND "AncestorId" <> NEW."Id");
              INSERT INTO "AgencyAncestors" ("AncestorId", "AgencyId")
              SELECT above."AncestorId", below."AgencyId"
              FROM "AgencyAncestors" above CROSS JOIN "AgencyAncestors" below
              WHERE above."AgencyId" = NEW."ParentId" AND below."AncestorId" = NEW."Id";
              RETURN NULL; END $$;
            CREATE TRIGGER agency_tree_moved AFTER UPDATE OF "ParentId" ON "Agencies" FOR EACH ROW
              WHEN (OLD."ParentId" IS DISTINCT FROM NEW."ParentId") EXECUTE FUNCTION agency_tree_moved();
            """;

        internal const string RollUpPartials = """
            CREATE TABLE "RollUpPartials" (
              "AncestorId" integer NOT NULL,
              "Year" integer NOT NULL,
              "Template" integer NOT NULL,
              "OtherCollapsed" boolean NOT NULL,
              "Units" integer NOT NULL,
              "UnitsWithErrors" integer NOT NULL,
              "Sums" numeric[] NOT NULL,
              "Known" integer[] NOT NULL,
              PRIMARY KEY ("Year", "AncestorId", "Template", "OtherCollapsed"));

            CREATE FUNCTION rollup_add(a numeric[], b numeric[]) RETURNS numeric[] LANGUAGE sql IMMUTABLE AS $$
              SELECT COALESCE(array_agg(COALESCE(x, 0) + COALESCE(y, 0) ORDER BY i), ARRAY[]::numeric[]) FROM unnest(a, b) WITH ORDINALITY t(x, y, i) $$;
            CREATE FUNCTION rollup_add(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
              SELECT COALESCE(array_agg(COALESCE(x, 0) + COALESCE(y, 0) ORDER BY i), ARRAY[]::integer[]) FROM unnest(a, b) WITH ORDINALITY t(x, y, i) $$;

            CREATE FUNCTION rollup_reports_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            WITH d AS (SELECT r.sign, x."AncestorId" AS parent, r."Year", r."Template", r."OtherCollapsed", r."Errors", r."Cells"
            FROM (SELECT 1 AS sign, * FROM new_rows) r JOIN "AgencyAncestors" x ON x."AgencyId" = r."AgencyId" AND x."AncestorId" <> r."AgencyId"
            WHERE r."IsCurrent"),
            heads AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", SUM(sign)::int AS units, COALESCE(SUM(sign) FILTER (WHERE "Errors" > 0), 0)::int AS errs
              FROM d WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4),
            cells AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", u.i, SUM(sign * u.v) AS s, SUM(CASE WHEN u.v IS NULL THEN 0 ELSE sign END)::int AS k
              FROM d, unnest(d."Cells") WITH ORDINALITY u(v, i) WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
            arrs AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", array_agg(COALESCE(s, 0) ORDER BY i) AS sums, array_agg(k ORDER BY i) AS known
              FROM cells GROUP BY 1, 2, 3, 4)
            INSERT INTO "RollUpPartials" AS p ("AncestorId", "Year", "Template", "OtherCollapsed", "Units", "UnitsWithErrors", "Sums", "Known")
            SELECT h.parent, h."Year", h."Template", h."OtherCollapsed", h.units, h.errs, COALESCE(a.sums, ARRAY[]::numeric[]), COALESCE(a.known, ARRAY[]::integer[])
            FROM heads h LEFT JOIN arrs a USING (parent, "Year", "Template", "OtherCollapsed")
            ORDER BY h."Year", h.parent, h."Template", h."OtherCollapsed"
            ON CONFLICT ("Year", "AncestorId", "Template", "OtherCollapsed") DO UPDATE SET
              "Units" = p."Units" + EXCLUDED."Units",
              "UnitsWithErrors" = p."UnitsWithErrors" + EXCLUDED."UnitsWithErrors",
              "Sums" = rollup_add(p."Sums", EXCLUDED."Sums"),
              "Known" = rollup_add(p."Known", EXCLUDED."Known");
            RETURN NULL; END $$;
            CREATE FUNCTION rollup_reports_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            WITH d AS (SELECT r.sign, x."AncestorId" AS parent, r."Year", r."Template", r."OtherCollapsed", r."Errors", r."Cells"
            FROM (SELECT -1 AS sign, * FROM old_rows) r JOIN "AgencyAncestors" x ON x."AgencyId" = r."AgencyId" AND x."AncestorId" <> r."AgencyId"
            WHERE r."IsCurrent"),
            heads AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", SUM(sign)::int AS units, COALESCE(SUM(sign) FILTER (WHERE "Errors" > 0), 0)::int AS errs
              FROM d WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4),
            cells AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", u.i, SUM(sign * u.v) AS s, SUM(CASE WHEN u.v IS NULL THEN 0 ELSE sign END)::int AS k
              FROM d, unnest(d."Cells") WITH ORDINALITY u(v, i) WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
            arrs AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", array_agg(COALESCE(s, 0) ORDER BY i) AS sums, array_agg(k ORDER BY i) AS known
              FROM cells GROUP BY 1, 2, 3, 4)
            INSERT INTO "RollUpPartials" AS p ("AncestorId", "Year", "Template", "OtherCollapsed", "Units", "UnitsWithErrors", "Sums", "Known")
            SELECT h.parent, h."Year", h."Template", h."OtherCollapsed", h.units, h.errs, COALESCE(a.sums, ARRAY[]::numeric[]), COALESCE(a.known, ARRAY[]::integer[])
            FROM heads h LEFT JOIN arrs a USING (parent, "Year", "Template", "OtherCollapsed")
            ORDER BY h."Year", h.parent, h."Template", h."OtherCollapsed"
            ON CONFLICT ("Year", "AncestorId", "Template", "OtherCollapsed") DO UPDATE SET
              "Units" = p."Units" + EXCLUDED."Units",
              "UnitsWithErrors" = p."UnitsWithErrors" + EXCLUDED."UnitsWithErrors",
              "Sums" = rollup_add(p."Sums", EXCLUDED."Sums"),
              "Known" = rollup_add(p."Known", EXCLUDED."Known");
            RETURN NULL; END $$;
            CREATE FUNCTION rollup_reports_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            WITH d AS (SELECT r.sign, x."AncestorId" AS parent, r."Year", r."Template", r."OtherCollapsed", r."Errors", r."Cells"
            FROM (SELECT 1 AS sign, n.* FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" WHERE (o."IsCurrent", o."Year", o."AgencyId", o."Template", o."OtherCollapsed", o."Errors", o."Cells")
              IS DISTINCT FROM (n."IsCurrent", n."Year", n."AgencyId", n."Template", n."OtherCollapsed", n."Errors", n."Cells")
            UNION ALL SELECT -1 AS sign, o.* FROM old_rows o JOIN new_rows n ON n."Id" = o."Id" WHERE (o."IsCurrent", o."Year", o."AgencyId", o."Template", o."OtherCollapsed", o."Errors", o."Cells")
              IS DISTINCT FROM (n."IsCurrent", n."Year", n."AgencyId", n."Template", n."OtherCollapsed", n."Errors", n."Cells")) r JOIN "AgencyAncestors" x ON x."AgencyId" = r."AgencyId" AND x."AncestorId" <> r."AgencyId"
            WHERE r."IsCurrent"),
            heads AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", SUM(sign)::int AS units, COALESCE(SUM(sign) FILTER (WHERE "Errors" > 0), 0)::int AS errs
              FROM d WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4),
            cells AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", u.i, SUM(sign * u.v) AS s, SUM(CASE WHEN u.v IS NULL THEN 0 ELSE sign END)::int AS k
              FROM d, unnest(d."Cells") WITH ORDINALITY u(v, i) WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
            arrs AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", array_agg(COALESCE(s, 0) ORDER BY i) AS sums, array_agg(k ORDER BY i) AS known
              FROM cells GROUP BY 1, 2, 3, 4)
            INSERT INTO "RollUpPartials" AS p ("AncestorId", "Year", "Template", "OtherCollapsed", "Units", "UnitsWithErrors", "Sums", "Known")
            SELECT h.parent, h."Year", h."Template", h."OtherCollapsed", h.units, h.errs, COALESCE(a.sums, ARRAY[]::numeric[]), COALESCE(a.known, ARRAY[]::integer[])
            FROM heads h LEFT JOIN arrs a USING (parent, "Year", "Template", "OtherCollapsed")
            ORDER BY h."Year", h.parent, h."Template", h."OtherCollapsed"
            ON CONFLICT ("Year", "AncestorId", "Template", "OtherCollapsed") DO UPDATE SET
              "Units" = p."Units" + EXCLUDED."Units",
              "UnitsWithErrors" = p."UnitsWithErrors" + EXCLUDED."UnitsWithErrors",
              "Sums" = rollup_add(p."Sums", EXCLUDED."Sums"),
              "Known" = rollup_add(p."Known", EXCLUDED."Known");
            RETURN NULL; END $$;
            CREATE FUNCTION rollup_agencies_moved() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
            WITH d AS (SELECT m.sign, above."AncestorId" AS parent, r."Year", r."Template", r."OtherCollapsed", r."Errors", r."Cells"
            FROM (SELECT -1 AS sign, o."Id", o."ParentId" AS via FROM old_rows o JOIN new_rows n ON n."Id" = o."Id" WHERE o."ParentId" IS DISTINCT FROM n."ParentId"
                  UNION ALL
                  SELECT 1, n."Id", n."ParentId" FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" WHERE o."ParentId" IS DISTINCT FROM n."ParentId") m
            JOIN "AgencyAncestors" above ON above."AgencyId" = m.via
            JOIN "AgencyAncestors" below ON below."AncestorId" = m."Id"
            JOIN "FiledReports" r ON r."AgencyId" = below."AgencyId" AND r."IsCurrent"),
            heads AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", SUM(sign)::int AS units, COALESCE(SUM(sign) FILTER (WHERE "Errors" > 0), 0)::int AS errs
              FROM d WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4),
            cells AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", u.i, SUM(sign * u.v) AS s, SUM(CASE WHEN u.v IS NULL THEN 0 ELSE sign END)::int AS k
              FROM d, unnest(d."Cells") WITH ORDINALITY u(v, i) WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
            arrs AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", array_agg(COALESCE(s, 0) ORDER BY i) AS sums, array_agg(k ORDER BY i) AS known
              FROM cells GROUP BY 1, 2, 3, 4)
            INSERT INTO "RollUpPartials" AS p ("AncestorId", "Year", "Template", "OtherCollapsed", "Units", "UnitsWithErrors", "Sums", "Known")
            SELECT h.parent, h."Year", h."Template", h."OtherCollapsed", h.units, h.errs, COALESCE(a.sums, ARRAY[]::numeric[]), COALESCE(a.known, ARRAY[]::integer[])
            FROM heads h LEFT JOIN arrs a USING (parent, "Year", "Template", "OtherCollapsed")
            ORDER BY h."Year", h.parent, h."Template", h."OtherCollapsed"
            ON CONFLICT ("Year", "AncestorId", "Template", "OtherCollapsed") DO UPDATE SET
              "Units" = p."Units" + EXCLUDED."Units",
              "UnitsWithErrors" = p."UnitsWithErrors" + EXCLUDED."UnitsWithErrors",
              "Sums" = rollup_add(p."Sums", EXCLUDED."Sums"),
              "Known" = rollup_add(p."Known", EXCLUDED."Known");
            RETURN NULL; END $$;

            CREATE TRIGGER rollup_reports_inserted AFTER INSERT ON "FiledReports" REFERENCING NEW TABLE AS new_rows
              FOR EACH STATEMENT EXECUTE FUNCTION rollup_reports_inserted();
            CREATE TRIGGER rollup_reports_deleted AFTER DELETE ON "FiledReports" REFERENCING OLD TABLE AS old_rows
              FOR EACH STATEMENT EXECUTE FUNCTION rollup_reports_deleted();
            CREATE TRIGGER rollup_reports_updated AFTER UPDATE ON "FiledReports" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
              FOR EACH STATEMENT EXECUTE FUNCTION rollup_reports_updated();
            CREATE TRIGGER rollup_agencies_moved AFTER UPDATE ON "Agencies" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
              FOR EACH STATEMENT EXECUTE FUNCTION rollup_agencies_moved();
            """;

        internal const string RollUpPartialsFill = """
            WITH d AS (SELECT r.sign, x."AncestorId" AS parent, r."Year", r."Template", r."OtherCollapsed", r."Errors", r."Cells"
            FROM (SELECT 1 AS sign, * FROM "FiledReports" ) r JOIN "AgencyAncestors" x ON x."AgencyId" = r."AgencyId" AND x."AncestorId" <> r."AgencyId"
            WHERE r."IsCurrent"),
            heads AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", SUM(sign)::int AS units, COALESCE(SUM(sign) FILTER (WHERE "Errors" > 0), 0)::int AS errs
              FROM d WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4),
            cells AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", u.i, SUM(sign * u.v) AS s, SUM(CASE WHEN u.v IS NULL THEN 0 ELSE sign END)::int AS k
              FROM d, unnest(d."Cells") WITH ORDINALITY u(v, i) WHERE parent IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
            arrs AS (
              SELECT parent, "Year", "Template", "OtherCollapsed", array_agg(COALESCE(s, 0) ORDER BY i) AS sums, array_agg(k ORDER BY i) AS known
              FROM cells GROUP BY 1, 2, 3, 4)
            INSERT INTO "RollUpPartials" AS p ("AncestorId", "Year", "Template", "OtherCollapsed", "Units", "UnitsWithErrors", "Sums", "Known")
            SELECT h.parent, h."Year", h."Template", h."OtherCollapsed", h.units, h.errs, COALESCE(a.sums, ARRAY[]::numeric[]), COALESCE(a.known, ARRAY[]::integer[])
            FROM heads h LEFT JOIN arrs a USING (parent, "Year", "Template", "OtherCollapsed")
            ORDER BY h."Year", h.parent, h."Template", h."OtherCollapsed"
            ON CONFLICT ("Year", "AncestorId", "Template", "OtherCollapsed") DO UPDATE SET
              "Units" = p."Units" + EXCLUDED."Units",
              "UnitsWithErrors" = p."UnitsWithErrors" + EXCLUDED."UnitsWithErrors",
              "Sums" = rollup_add(p."Sums", EXCLUDED."Sums"),
              "Known" = rollup_add(p."Known", EXCLUDED."Known")
            """;
    }
}
