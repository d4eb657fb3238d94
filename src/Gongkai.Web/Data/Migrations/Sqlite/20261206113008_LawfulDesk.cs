using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LawfulDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Quantity",
                table: "ProactiveItems",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RepealedOn",
                table: "ProactiveItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisclosedContent",
                table: "Consultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisclosureReasons",
                table: "Consultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Consultations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThirdParty");

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotifiedOn",
                table: "Consultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProlongReason",
                table: "Consultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProlongedTo",
                table: "Consultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reply",
                table: "Consultations",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReplyDue",
                table: "Consultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantKey",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionLateApprovedBy",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionLateReason",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtendedDue",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExtendedDueProvisional",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "FeeAmount",
                table: "Cases",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeeMethod",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FeeNoticeOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FeePaidOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FeePayBy",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeePaymentMethod",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FeePriorUnits",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeeReceipt",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FeeUnits",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HolderAgency",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HolderContact",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHeld",
                table: "Cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueSince",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedWhere",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReasonsDueBy",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReasonsRequestedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            // The column with its foreign key in one ALTER TABLE (SQLite allows a REFERENCES clause on a column added
            // NULL): EF Core's AddForeignKey rebuilds the table with PRAGMA foreign_keys = 0, which cannot run in the
            // migration's transaction, so a start stopped between its two halves left the database half-migrated (the
            // next start failed on "duplicate column"). The same constraint as the model's, on a table not rebuilt.
            migrationBuilder.Sql("""ALTER TABLE "Cases" ADD "RepeatOfId" INTEGER NULL CONSTRAINT "FK_Cases_Cases_RepeatOfId" REFERENCES "Cases" ("Id") ON DELETE RESTRICT;""");

            migrationBuilder.AddColumn<string>(
                name: "WithheldPart",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeeMethod",
                table: "Agencies",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeCode",
                table: "Agencies",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitsReportDeadline",
                table: "Agencies",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConsultationSeq = table.Column<int>(type: "INTEGER", nullable: true),
                    ServedMethod = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServedProof = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotices_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reopenings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PreviousClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreviousOutcomeRow = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreviousOverdueSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PreviousJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reopenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reopenings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_ApplicantKey",
                table: "Cases",
                columns: new[] { "AgencyId", "ApplicantKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RepeatOfId",
                table: "Cases",
                column: "RepeatOfId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotices_AgencyId_Year_Seq",
                table: "CaseNotices",
                columns: new[] { "AgencyId", "Year", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotices_CaseId",
                table: "CaseNotices",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Reopenings_CaseId",
                table: "Reopenings",
                column: "CaseId");

            // Existing cases keep their applicant's identity across cases (the ID number as the desk normalises it) and the
            // notices they had: numbered as they were printed before notices had their own numbers (〔year〕第N号 from the
            // case number, shared by a case's notices), so without a running number (Seq null) and in the order issued.
            migrationBuilder.Sql("""UPDATE "Cases" SET "ApplicantKey" = upper(replace(replace(trim("IdNumber"), ' ', ''), '-', '')) WHERE "IdNumber" IS NOT NULL AND trim("IdNumber") <> '';""");
            migrationBuilder.Sql("""INSERT INTO "CaseNotices" ("CaseId", "AgencyId", "Year", "Seq", "Number", "Kind", "IssuedOn") SELECT "Id", "AgencyId", CAST(substr("CorrectionRequestedOn", 1, 4) AS INTEGER), NULL, '〔' || substr("ReceivedOn", 1, 4) || '〕第' || substr("Number", instr("Number", '-') + 1) || '号', 'Correction', "CorrectionRequestedOn" FROM "Cases" WHERE "CorrectionRequestedOn" IS NOT NULL AND "ReceivedOn" IS NOT NULL ORDER BY "Id";""");
            migrationBuilder.Sql("""INSERT INTO "CaseNotices" ("CaseId", "AgencyId", "Year", "Seq", "Number", "Kind", "IssuedOn") SELECT "Id", "AgencyId", CAST(substr("ExtendedOn", 1, 4) AS INTEGER), NULL, '〔' || substr("ReceivedOn", 1, 4) || '〕第' || substr("Number", instr("Number", '-') + 1) || '号', 'Extension', "ExtendedOn" FROM "Cases" WHERE "ExtendedOn" IS NOT NULL AND "ReceivedOn" IS NOT NULL ORDER BY "Id";""");
            migrationBuilder.Sql("""INSERT INTO "CaseNotices" ("CaseId", "AgencyId", "Year", "Seq", "Number", "Kind", "IssuedOn") SELECT "Id", "AgencyId", CAST(substr("ClosedOn", 1, 4) AS INTEGER), NULL, '〔' || substr("ReceivedOn", 1, 4) || '〕第' || substr("Number", instr("Number", '-') + 1) || '号', 'Decision', "ClosedOn" FROM "Cases" WHERE "ClosedOn" IS NOT NULL AND "ReceivedOn" IS NOT NULL ORDER BY "Id";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Cases_RepeatOfId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "CaseNotices");

            migrationBuilder.DropTable(
                name: "Reopenings");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AgencyId_ApplicantKey",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RepeatOfId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Quantity",
                table: "ProactiveItems");

            migrationBuilder.DropColumn(
                name: "RepealedOn",
                table: "ProactiveItems");

            migrationBuilder.DropColumn(
                name: "DisclosedContent",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "DisclosureReasons",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "NotifiedOn",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "ProlongReason",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "ProlongedTo",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "Reply",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "ReplyDue",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "ApplicantKey",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrectionLateApprovedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrectionLateReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtendedDue",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtendedDueProvisional",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeeAmount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeeMethod",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeeNoticeOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeePaidOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeePayBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeePaymentMethod",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeePriorUnits",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeeReceipt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeeUnits",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Form",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HolderAgency",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HolderContact",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotHeld",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OverdueSince",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PublishedWhere",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReasonsDueBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReasonsRequestedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RepeatOfId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "WithheldPart",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FeeMethod",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "NoticeCode",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "UnitsReportDeadline",
                table: "Agencies");
        }
    }
}
