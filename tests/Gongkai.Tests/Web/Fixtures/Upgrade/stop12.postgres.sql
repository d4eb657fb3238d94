--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: agency_tree_inserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.agency_tree_inserted() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN
  INSERT INTO "AgencyAncestors" ("AncestorId", "AgencyId")
  SELECT "AncestorId", NEW."Id" FROM "AgencyAncestors" WHERE "AgencyId" = NEW."ParentId"
  UNION SELECT NEW."Id", NEW."Id";
  RETURN NULL; END $$;


--
-- Name: agency_tree_moved(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.agency_tree_moved() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN
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


--
-- Name: audit_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;


--
-- Name: rollup_add(integer[], integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rollup_add(a integer[], b integer[]) RETURNS integer[]
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT COALESCE(array_agg(COALESCE(x, 0) + COALESCE(y, 0) ORDER BY i), ARRAY[]::integer[]) FROM unnest(a, b) WITH ORDINALITY t(x, y, i) $$;


--
-- Name: rollup_add(numeric[], numeric[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rollup_add(a numeric[], b numeric[]) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT COALESCE(array_agg(COALESCE(x, 0) + COALESCE(y, 0) ORDER BY i), ARRAY[]::numeric[]) FROM unnest(a, b) WITH ORDINALITY t(x, y, i) $$;


--
-- Name: rollup_agencies_moved(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rollup_agencies_moved() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN
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


--
-- Name: rollup_reports_deleted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rollup_reports_deleted() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN
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


--
-- Name: rollup_reports_inserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rollup_reports_inserted() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN
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


--
-- Name: rollup_reports_updated(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.rollup_reports_updated() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN
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


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Agencies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Agencies" (
    "Id" integer NOT NULL,
    "Name" text NOT NULL,
    "ParentId" integer,
    "ReviewBody" text,
    "Court" text,
    "Kind" character varying(16) NOT NULL
);


--
-- Name: Agencies_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Agencies" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Agencies_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: AgencyAncestors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AgencyAncestors" (
    "AncestorId" integer NOT NULL,
    "AgencyId" integer NOT NULL
);


--
-- Name: AspNetRoleClaims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetRoleClaims" (
    "Id" integer NOT NULL,
    "RoleId" text NOT NULL,
    "ClaimType" text,
    "ClaimValue" text
);


--
-- Name: AspNetRoleClaims_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."AspNetRoleClaims" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."AspNetRoleClaims_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: AspNetRoles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetRoles" (
    "Id" text NOT NULL,
    "Name" character varying(256),
    "NormalizedName" character varying(256),
    "ConcurrencyStamp" text
);


--
-- Name: AspNetUserClaims; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserClaims" (
    "Id" integer NOT NULL,
    "UserId" text NOT NULL,
    "ClaimType" text,
    "ClaimValue" text
);


--
-- Name: AspNetUserClaims_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."AspNetUserClaims" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."AspNetUserClaims_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: AspNetUserLogins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserLogins" (
    "LoginProvider" text NOT NULL,
    "ProviderKey" text NOT NULL,
    "ProviderDisplayName" text,
    "UserId" text NOT NULL
);


--
-- Name: AspNetUserRoles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserRoles" (
    "UserId" text NOT NULL,
    "RoleId" text NOT NULL
);


--
-- Name: AspNetUserTokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUserTokens" (
    "UserId" text NOT NULL,
    "LoginProvider" text NOT NULL,
    "Name" text NOT NULL,
    "Value" text
);


--
-- Name: AspNetUsers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AspNetUsers" (
    "Id" text NOT NULL,
    "AgencyId" integer NOT NULL,
    "DisplayName" text NOT NULL,
    "UserName" character varying(256),
    "NormalizedUserName" character varying(256),
    "Email" character varying(256),
    "NormalizedEmail" character varying(256),
    "EmailConfirmed" boolean NOT NULL,
    "PasswordHash" text,
    "SecurityStamp" text,
    "ConcurrencyStamp" text,
    "PhoneNumber" text,
    "PhoneNumberConfirmed" boolean NOT NULL,
    "TwoFactorEnabled" boolean NOT NULL,
    "LockoutEnd" timestamp with time zone,
    "LockoutEnabled" boolean NOT NULL,
    "AccessFailedCount" integer NOT NULL
);


--
-- Name: Attachments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Attachments" (
    "Id" integer NOT NULL,
    "CaseId" integer NOT NULL,
    "FileName" text NOT NULL,
    "ContentType" text NOT NULL,
    "Content" bytea NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "UploadedBy" text NOT NULL
);


--
-- Name: Attachments_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Attachments" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Attachments_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Audit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Audit" (
    "Id" bigint NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "UserName" text NOT NULL,
    "AgencyId" integer,
    "CaseId" integer,
    "Action" text NOT NULL,
    "Detail" text NOT NULL
);


--
-- Name: Audit_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Audit" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Audit_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: CalendarVersions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CalendarVersions" (
    "Id" integer NOT NULL,
    "Json" text NOT NULL,
    "UserName" text NOT NULL,
    "At" timestamp with time zone NOT NULL
);


--
-- Name: CalendarVersions_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."CalendarVersions" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."CalendarVersions_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Cases" (
    "Id" integer NOT NULL,
    "AgencyId" integer NOT NULL,
    "Number" character varying(32) NOT NULL,
    "Channel" character varying(32) NOT NULL,
    "Submitted" date NOT NULL,
    "Confirmed" date,
    "ReceivedOn" date,
    "ApplicantKind" character varying(32) NOT NULL,
    "ApplicantName" text NOT NULL,
    "IdNumber" text,
    "Phone" text,
    "Address" text,
    "Email" text,
    "InformationRequested" text NOT NULL,
    "PreferredForm" text,
    "HandlerId" text,
    "CorrectionRequestedOn" date,
    "CorrectionRequest" text,
    "CorrectionDueBy" date,
    "CorrectionReceivedOn" date,
    "ExtendedOn" date,
    "ExtensionReason" text,
    "ExtensionApprovedBy" text,
    "ClosedOn" date,
    "OutcomeRow" character varying(64),
    "OutcomeNote" text,
    "Version" integer NOT NULL
);


--
-- Name: Cases_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Cases" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Cases_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: CellOverrides; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CellOverrides" (
    "Id" integer NOT NULL,
    "AgencyId" integer NOT NULL,
    "Year" integer NOT NULL,
    "Path" text NOT NULL,
    "Value" numeric(18,4) NOT NULL,
    "Reason" text NOT NULL,
    "UserName" text NOT NULL,
    "At" timestamp with time zone NOT NULL
);


--
-- Name: CellOverrides_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."CellOverrides" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."CellOverrides_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Challenges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Challenges" (
    "Id" integer NOT NULL,
    "CaseId" integer NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Filed" date NOT NULL,
    "Decided" date,
    "Result" character varying(32),
    "Note" text
);


--
-- Name: Challenges_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Challenges" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Challenges_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Consultations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Consultations" (
    "Id" integer NOT NULL,
    "CaseId" integer NOT NULL,
    "Party" text NOT NULL,
    "From" date NOT NULL,
    "To" date
);


--
-- Name: Consultations_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Consultations" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Consultations_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Digests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Digests" (
    "Id" integer NOT NULL,
    "AgencyId" integer NOT NULL,
    "Day" date NOT NULL,
    "Text" text NOT NULL,
    "Overdue" integer NOT NULL,
    "DueSoon" integer NOT NULL
);


--
-- Name: Digests_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Digests" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Digests_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: FiledFindings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."FiledFindings" (
    "Id" bigint NOT NULL,
    "FiledReportId" bigint NOT NULL,
    "AgencyId" integer NOT NULL,
    "Year" integer NOT NULL,
    "Rule" character varying(64) NOT NULL,
    "Severity" character varying(16) NOT NULL,
    "Where" text NOT NULL,
    "Message" text NOT NULL,
    "Expected" numeric,
    "Actual" numeric
);


--
-- Name: FiledFindings_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."FiledFindings" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."FiledFindings_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: FiledReports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."FiledReports" (
    "Id" bigint NOT NULL,
    "AgencyId" integer NOT NULL,
    "Year" integer NOT NULL,
    "Template" integer NOT NULL,
    "OtherCollapsed" boolean NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "FileName" text NOT NULL,
    "Format" character varying(16) NOT NULL,
    "Source" character varying(16) NOT NULL,
    "ReceivedAt" timestamp with time zone NOT NULL,
    "ReceivedBy" text,
    "Published" date,
    "IsCurrent" boolean NOT NULL,
    "Json" text NOT NULL,
    "Cells" numeric[] NOT NULL,
    "Errors" integer NOT NULL,
    "Warnings" integer NOT NULL,
    "NewReceived" numeric,
    "CarriedForward" numeric,
    "ReviewTotal" numeric,
    "ReviewCorrected" numeric,
    "ReviewConcluded" numeric,
    "SuitTotal" numeric,
    "SuitCorrected" numeric,
    "SuitConcluded" numeric,
    "FileId" bigint NOT NULL,
    "SearchText" text NOT NULL,
    "Grams" integer[] NOT NULL
);


--
-- Name: FiledReports_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."FiledReports" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."FiledReports_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ProactiveCells; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ProactiveCells" (
    "Id" integer NOT NULL,
    "AgencyId" integer NOT NULL,
    "Year" integer NOT NULL,
    "Path" text NOT NULL,
    "Value" numeric(18,4) NOT NULL
);


--
-- Name: ProactiveCells_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."ProactiveCells" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."ProactiveCells_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ProactiveItems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ProactiveItems" (
    "Id" integer NOT NULL,
    "AgencyId" integer NOT NULL,
    "Year" integer NOT NULL,
    "Title" text NOT NULL,
    "DocumentNumber" text,
    "Category" text NOT NULL,
    "PublishedOn" date NOT NULL,
    "Url" text
);


--
-- Name: ProactiveItems_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."ProactiveItems" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."ProactiveItems_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ReportDrafts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ReportDrafts" (
    "Id" integer NOT NULL,
    "AgencyId" integer NOT NULL,
    "Year" integer NOT NULL,
    "Preamble" text,
    "Overview" text,
    "Problems" text,
    "Other" text,
    "Published" date,
    "Version" integer NOT NULL
);


--
-- Name: ReportDrafts_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."ReportDrafts" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."ReportDrafts_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ReportFiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ReportFiles" (
    "Id" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "FileName" text NOT NULL,
    "ContentType" text NOT NULL,
    "Content" bytea NOT NULL
);


--
-- Name: ReportFiles_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."ReportFiles" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."ReportFiles_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: RollUpPartials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RollUpPartials" (
    "AncestorId" integer NOT NULL,
    "Year" integer NOT NULL,
    "Template" integer NOT NULL,
    "OtherCollapsed" boolean NOT NULL,
    "Units" integer NOT NULL,
    "UnitsWithErrors" integer NOT NULL,
    "Sums" numeric[] NOT NULL,
    "Known" integer[] NOT NULL
);


--
-- Data for Name: Agencies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Agencies" VALUES (1, '示范区人民政府办公室', NULL, '示范市人民政府', '示范区人民法院', 'Government');
INSERT INTO public."Agencies" VALUES (2, '示范区教育局', 1, '示范区人民政府', '示范区人民法院', 'Department');
INSERT INTO public."Agencies" VALUES (3, '示范区住房和城乡建设局', 1, '示范区人民政府', '示范区人民法院', 'Department');
INSERT INTO public."Agencies" VALUES (4, '示范区幸福街道办事处', 1, '示范区人民政府', '示范区人民法院', 'Township');
INSERT INTO public."Agencies" VALUES (5, '示范区和平街道办事处', 1, '示范区人民政府', '示范区人民法院', 'Township');
INSERT INTO public."Agencies" VALUES (6, '示范区卫生健康局', 1, '示范区人民政府', '示范区人民法院', 'Department');


--
-- Data for Name: AgencyAncestors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."AgencyAncestors" VALUES (1, 1);
INSERT INTO public."AgencyAncestors" VALUES (2, 2);
INSERT INTO public."AgencyAncestors" VALUES (1, 2);
INSERT INTO public."AgencyAncestors" VALUES (1, 3);
INSERT INTO public."AgencyAncestors" VALUES (3, 3);
INSERT INTO public."AgencyAncestors" VALUES (1, 4);
INSERT INTO public."AgencyAncestors" VALUES (4, 4);
INSERT INTO public."AgencyAncestors" VALUES (1, 5);
INSERT INTO public."AgencyAncestors" VALUES (5, 5);
INSERT INTO public."AgencyAncestors" VALUES (1, 6);
INSERT INTO public."AgencyAncestors" VALUES (6, 6);


--
-- Data for Name: AspNetRoleClaims; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetRoles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."AspNetRoles" VALUES ('e454e150-088e-40be-a6b4-83867b0f60af', 'Clerk', 'CLERK', '8206547e-fab4-4013-9954-f2f59f131289');
INSERT INTO public."AspNetRoles" VALUES ('92099e29-5d94-4620-8059-a1f533dbe085', 'Head', 'HEAD', 'cfdf7d3e-02db-46ee-b835-da557a84e50b');
INSERT INTO public."AspNetRoles" VALUES ('c31bf9ce-2bae-4a6b-99e2-59e019244fd2', 'Admin', 'ADMIN', '07e7073d-a5fd-4221-9687-32769a180f31');
INSERT INTO public."AspNetRoles" VALUES ('ac967245-bf2e-4fad-8749-10f78cb8db4e', 'Supervisor', 'SUPERVISOR', '0ed92425-fab8-462a-94ff-b56525579835');


--
-- Data for Name: AspNetUserClaims; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetUserLogins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetUserRoles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."AspNetUserRoles" VALUES ('89a42d8a-1d56-4150-8f59-57b22b3d3f10', 'c31bf9ce-2bae-4a6b-99e2-59e019244fd2');
INSERT INTO public."AspNetUserRoles" VALUES ('68d58f2b-7c52-4c5a-9516-ccb113c15a07', '92099e29-5d94-4620-8059-a1f533dbe085');
INSERT INTO public."AspNetUserRoles" VALUES ('806831b6-14f4-45b2-841f-b0be24365309', 'e454e150-088e-40be-a6b4-83867b0f60af');
INSERT INTO public."AspNetUserRoles" VALUES ('434cc0a0-f660-4dfa-a7ad-f36dfc20d101', 'e454e150-088e-40be-a6b4-83867b0f60af');
INSERT INTO public."AspNetUserRoles" VALUES ('7e330302-31ee-406a-bd86-ddf77e039400', 'e454e150-088e-40be-a6b4-83867b0f60af');
INSERT INTO public."AspNetUserRoles" VALUES ('1db50a02-ee0d-426f-befe-9e405f102c59', '92099e29-5d94-4620-8059-a1f533dbe085');
INSERT INTO public."AspNetUserRoles" VALUES ('37563ca6-c5fc-44f5-8398-40a1bf6d9053', 'ac967245-bf2e-4fad-8749-10f78cb8db4e');


--
-- Data for Name: AspNetUserTokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: AspNetUsers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."AspNetUsers" VALUES ('89a42d8a-1d56-4150-8f59-57b22b3d3f10', 1, '系统管理员', 'admin', 'ADMIN', NULL, NULL, false, 'AQAAAAIAAYagAAAAEO9IPf2c9frnuYvXxWcd6f3crSuYWCl7kNA/9dSsMyS7elK2RsKBktfBznl3OoPlsA==', 'OGJR2EVOFS26B52RAP4UBT4GR7HKCAJJ', 'ac7dd0f2-2aeb-4203-8fde-f3b030459e8e', NULL, false, false, NULL, true, 0);
INSERT INTO public."AspNetUsers" VALUES ('68d58f2b-7c52-4c5a-9516-ccb113c15a07', 1, '王主任', 'head', 'HEAD', NULL, NULL, false, 'AQAAAAIAAYagAAAAEE4w7j9h6rQLKL4YjHsos07c3ugpqAQeCUXvvGh9Jhs0blU0MaF2O/EdareWpXs8bg==', 'KWJ5DG7PCR2KEPJ6IQUVVJYSKCUW6VTW', '6776752a-0498-410d-8e2c-6d47fd2da3bb', NULL, false, false, NULL, true, 0);
INSERT INTO public."AspNetUsers" VALUES ('806831b6-14f4-45b2-841f-b0be24365309', 1, '李经办', 'clerk', 'CLERK', NULL, NULL, false, 'AQAAAAIAAYagAAAAEOfBcAktH2w2YQEFnvqUc9e9G+/bNWF3o4YcVTjR18e/WgmZMznPQB++D6A1YrIfGg==', '7KNE4GT5KPKRKOJRJQO3BPGQGP6G27IY', '0765b657-7c66-44a8-b194-f457867da019', NULL, false, false, NULL, true, 0);
INSERT INTO public."AspNetUsers" VALUES ('434cc0a0-f660-4dfa-a7ad-f36dfc20d101', 1, '赵经办', 'clerk2', 'CLERK2', NULL, NULL, false, 'AQAAAAIAAYagAAAAEIqBuoLMIZhkvX5Ofo9RGe6eGz8KmnKEIraSzMYedAiyzHSWH/9h9T2b8aNLeLGGkg==', '4ZID2S5XOHC5LEYRPHF4QSCAHFNNXRUX', '90ee55d3-0657-4833-bb5f-4706e29147fe', NULL, false, false, NULL, true, 0);
INSERT INTO public."AspNetUsers" VALUES ('7e330302-31ee-406a-bd86-ddf77e039400', 2, '陈经办', 'edu-clerk', 'EDU-CLERK', NULL, NULL, false, 'AQAAAAIAAYagAAAAEN+P86yjNmqOyTs7HCfIDL8RRzD0nEHT6k9lO+cK3J13fpW8AjvOmoBTlQjsMdNzIg==', '2S63GUTTYC5LHRUTP7JPCJHUF4XOGIJL', '2ae40aa7-5e8e-4ab0-8bdb-23ca75b89032', NULL, false, false, NULL, true, 0);
INSERT INTO public."AspNetUsers" VALUES ('1db50a02-ee0d-426f-befe-9e405f102c59', 2, '周主任', 'edu-head', 'EDU-HEAD', NULL, NULL, false, 'AQAAAAIAAYagAAAAELLFywNJg1Mah/qbaYrIeZntjLdC45EACrPG4P5QublBUm/SJJy82ibd5L3pzz3uiA==', 'VCA3IFBH7XSRBB26ZXQ53ZMFH6ZKENKV', '20611da9-0aec-4849-9a00-c99ee1323ca5', NULL, false, false, NULL, true, 0);
INSERT INTO public."AspNetUsers" VALUES ('37563ca6-c5fc-44f5-8398-40a1bf6d9053', 1, '孙科长', 'gkb', 'GKB', NULL, NULL, false, 'AQAAAAIAAYagAAAAEK/344Xwpai+BWEt4ZBoh6Yazm+0bc3OniMXXB3NFD32RqAOZDxB2OmqhNnXfSHSVQ==', 'EE3F4ZRIOVE64GQKB7OEVWRNUGQV4WN4', '5e557864-03a5-42c6-8010-e5c4fceff270', NULL, false, false, NULL, true, 0);


--
-- Data for Name: Attachments; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Audit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Audit" VALUES (1, '2026-12-06 08:35:35.323504+00', 'system', 1, 2, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-01-26; Confirmed=2025-01-11; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2025-0002; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-01-11; Submitted=2025-01-09');
INSERT INTO public."Audit" VALUES (2, '2026-12-06 08:35:35.323504+00', 'system', 1, 1, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=SocialWelfare; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-01-10; Confirmed=2025-01-02; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; InformationRequested=申请公开行政处罚决定书; Number=2025-0001; OutcomeRow=withheld.enforcementFiles; Phone=（个人信息）; ReceivedOn=2025-01-02; Submitted=2025-01-01');
INSERT INTO public."Audit" VALUES (3, '2026-12-06 08:35:35.323504+00', 'system', 1, 3, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-02-11; Confirmed=2025-01-11; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0003; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-01-11; Submitted=2025-01-10');
INSERT INTO public."Audit" VALUES (4, '2026-12-06 08:35:35.323504+00', 'system', 1, 4, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-02-13; Confirmed=2025-01-18; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0004; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-01-18; Submitted=2025-01-17');
INSERT INTO public."Audit" VALUES (5, '2026-12-06 08:35:35.323504+00', 'system', 1, 5, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-02-10; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2025-0005; OutcomeRow=withheld.endangersSafety; Phone=（个人信息）; ReceivedOn=2025-01-22; Submitted=2025-01-22');
INSERT INTO public."Audit" VALUES (6, '2026-12-06 08:35:35.323504+00', 'system', NULL, 5, 'Challenge.Added', 'CaseId=-2147482643; Decided=2025-05-20; Filed=2025-03-21; Kind=Review; Result=Upheld');
INSERT INTO public."Audit" VALUES (7, '2026-12-06 08:35:35.323504+00', 'system', 1, 6, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Research; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-02-12; Confirmed=2025-01-25; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0006; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-01-25; Submitted=2025-01-25');
INSERT INTO public."Audit" VALUES (8, '2026-12-06 08:35:35.323504+00', 'system', 1, 7, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-02-08; Confirmed=2025-01-31; ExtendedOn=2025-02-24; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2025-0007; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-01-31; Submitted=2025-01-31');
INSERT INTO public."Audit" VALUES (9, '2026-12-06 08:35:35.323504+00', 'system', 1, 8, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=SocialWelfare; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-03-18; Confirmed=2025-02-20; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0008; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-02-20; Submitted=2025-02-18');
INSERT INTO public."Audit" VALUES (10, '2026-12-06 08:35:35.323504+00', 'system', 1, 9, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=SocialWelfare; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-02-26; Confirmed=2025-02-22; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; InformationRequested=申请公开2024年度部门预算执行情况; Number=2025-0009; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-02-22; Submitted=2025-02-22');
INSERT INTO public."Audit" VALUES (11, '2026-12-06 08:35:35.323504+00', 'system', 1, 10, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-03-26; CorrectionDueBy=2025-03-17; CorrectionReceivedOn=2025-03-05; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2025-02-24; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0010; OutcomeRow=withheld.processInformation; Phone=（个人信息）; ReceivedOn=2025-02-23; Submitted=2025-02-23');
INSERT INTO public."Audit" VALUES (12, '2026-12-06 08:35:35.323504+00', 'system', 1, 11, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-03-13; Confirmed=2025-02-25; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0011; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-02-25; Submitted=2025-02-25');
INSERT INTO public."Audit" VALUES (13, '2026-12-06 08:35:35.323504+00', 'system', 1, 12, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Commercial; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-03-25; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; InformationRequested=申请公开某项目环境影响评价批复; Number=2025-0012; OutcomeRow=notProcessed.repeated; Phone=（个人信息）; ReceivedOn=2025-03-01; Submitted=2025-03-01');
INSERT INTO public."Audit" VALUES (14, '2026-12-06 08:35:35.323504+00', 'system', 1, 13, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-03-20; Confirmed=2025-03-05; CorrectionDueBy=2025-03-31; CorrectionReceivedOn=2025-03-12; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2025-03-10; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2025-0013; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-03-05; Submitted=2025-03-03');
INSERT INTO public."Audit" VALUES (15, '2026-12-06 08:35:35.323504+00', 'system', 1, 14, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-04-03; Confirmed=2025-03-11; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2025-0014; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-03-11; Submitted=2025-03-10');
INSERT INTO public."Audit" VALUES (16, '2026-12-06 08:35:35.323504+00', 'system', 1, 15, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-04-10; Confirmed=2025-03-19; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2025-0015; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-03-19; Submitted=2025-03-19');
INSERT INTO public."Audit" VALUES (17, '2026-12-06 08:35:35.323504+00', 'system', 1, 16, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-04-14; Confirmed=2025-03-22; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0016; OutcomeRow=withheld.stateSecret; Phone=（个人信息）; ReceivedOn=2025-03-22; Submitted=2025-03-22');
INSERT INTO public."Audit" VALUES (18, '2026-12-06 08:35:35.323504+00', 'system', 1, 17, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Research; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-03-28; Confirmed=2025-03-23; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; InformationRequested=申请公开某会议纪要; Number=2025-0017; OutcomeRow=notProcessed.publication; Phone=（个人信息）; ReceivedOn=2025-03-23; Submitted=2025-03-23');
INSERT INTO public."Audit" VALUES (19, '2026-12-06 08:35:35.323504+00', 'system', NULL, 17, 'Challenge.Added', 'CaseId=-2147482631; Decided=2025-06-17; Filed=2025-04-18; Kind=LitigationDirect; Result=Corrected');
INSERT INTO public."Audit" VALUES (20, '2026-12-06 08:35:35.323504+00', 'system', 1, 18, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-04-23; Confirmed=2025-04-01; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2025-0018; OutcomeRow=unavailable.needsCreation; Phone=（个人信息）; ReceivedOn=2025-04-01; Submitted=2025-03-30');
INSERT INTO public."Audit" VALUES (21, '2026-12-06 08:35:35.323504+00', 'system', 1, 19, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Research; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-05-07; Confirmed=2025-04-12; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; InformationRequested=申请公开学校招生划片依据; Number=2025-0019; OutcomeRow=withheld.stateSecret; Phone=（个人信息）; ReceivedOn=2025-04-12; Submitted=2025-04-10');
INSERT INTO public."Audit" VALUES (22, '2026-12-06 08:35:35.323504+00', 'system', 1, 20, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-04-23; Confirmed=2025-04-20; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2025-0020; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-04-20; Submitted=2025-04-19');
INSERT INTO public."Audit" VALUES (23, '2026-12-06 08:35:35.323504+00', 'system', 1, 21, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-05-19; Confirmed=2025-04-22; CorrectionDueBy=2025-05-16; CorrectionReceivedOn=2025-04-27; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2025-04-23; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2025-0021; OutcomeRow=notProcessed.excessive; Phone=（个人信息）; ReceivedOn=2025-04-22; Submitted=2025-04-20');
INSERT INTO public."Audit" VALUES (24, '2026-12-06 08:35:35.323504+00', 'system', 1, 22, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Commercial; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-05-21; Confirmed=2025-04-23; CorrectionDueBy=2025-05-20; CorrectionReceivedOn=2025-05-13; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2025-04-25; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; InformationRequested=申请公开某小区规划许可证; Number=2025-0022; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-04-23; Submitted=2025-04-22');
INSERT INTO public."Audit" VALUES (25, '2026-12-06 08:35:35.323504+00', 'system', 1, 23, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-04-29; Confirmed=2025-04-24; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0023; OutcomeRow=withheld.internalAffairs; Phone=（个人信息）; ReceivedOn=2025-04-24; Submitted=2025-04-23');
INSERT INTO public."Audit" VALUES (26, '2026-12-06 08:35:35.323504+00', 'system', 1, 24, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-06-05; Confirmed=2025-05-17; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0024; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-05-17; Submitted=2025-05-17');
INSERT INTO public."Audit" VALUES (27, '2026-12-06 08:35:35.323504+00', 'system', 1, 25, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-05-28; Confirmed=2025-05-19; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2025-0025; OutcomeRow=withheld.enforcementFiles; Phone=（个人信息）; ReceivedOn=2025-05-19; Submitted=2025-05-18');
INSERT INTO public."Audit" VALUES (28, '2026-12-06 08:35:35.323504+00', 'system', 1, 26, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-05-30; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2025-0026; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-05-18; Submitted=2025-05-18');
INSERT INTO public."Audit" VALUES (29, '2026-12-06 08:35:35.323504+00', 'system', 1, 27, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-07-07; Confirmed=2025-05-21; ExtendedOn=2025-06-12; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0027; OutcomeRow=other.other; Phone=（个人信息）; ReceivedOn=2025-05-21; Submitted=2025-05-19');
INSERT INTO public."Audit" VALUES (30, '2026-12-06 08:35:35.323504+00', 'system', 1, 28, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Research; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-06-09; Confirmed=2025-05-22; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; InformationRequested=申请公开某会议纪要; Number=2025-0028; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-05-22; Submitted=2025-05-22');
INSERT INTO public."Audit" VALUES (31, '2026-12-06 08:35:35.323504+00', 'system', 1, 29, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=OtherOrg; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-06-19; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; InformationRequested=申请公开某会议纪要; Number=2025-0029; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-06-06; Submitted=2025-06-06');
INSERT INTO public."Audit" VALUES (47, '2026-12-06 08:35:35.323504+00', 'system', 1, 44, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-08-13; Confirmed=2025-08-09; ExtendedOn=2025-08-29; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2025-0044; OutcomeRow=withheld.enforcementFiles; Phone=（个人信息）; ReceivedOn=2025-08-09; Submitted=2025-08-08');
INSERT INTO public."Audit" VALUES (32, '2026-12-06 08:35:35.323504+00', 'system', 1, 30, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-08-06; Confirmed=2025-06-20; CorrectionDueBy=2025-07-16; CorrectionReceivedOn=2025-07-09; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2025-06-25; ExtendedOn=2025-07-30; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2025-0030; OutcomeRow=other.other; Phone=（个人信息）; ReceivedOn=2025-06-20; Submitted=2025-06-18');
INSERT INTO public."Audit" VALUES (33, '2026-12-06 08:35:35.323504+00', 'system', 1, 31, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=LegalService; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-08-12; Confirmed=2025-07-01; CorrectionDueBy=2025-07-23; CorrectionReceivedOn=2025-07-16; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2025-07-02; ExtendedOn=2025-08-06; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; InformationRequested=申请公开某项目环境影响评价批复; Number=2025-0031; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-07-01; Submitted=2025-07-01');
INSERT INTO public."Audit" VALUES (34, '2026-12-06 08:35:35.323504+00', 'system', 1, 32, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-07-23; Confirmed=2025-07-02; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2025-0032; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-07-02; Submitted=2025-07-02');
INSERT INTO public."Audit" VALUES (35, '2026-12-06 08:35:35.323504+00', 'system', 1, 33, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-07-23; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2025-0033; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-07-02; Submitted=2025-07-02');
INSERT INTO public."Audit" VALUES (36, '2026-12-06 08:35:35.323504+00', 'system', 1, 34, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-07-11; Confirmed=2025-07-08; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0034; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-07-08; Submitted=2025-07-07');
INSERT INTO public."Audit" VALUES (37, '2026-12-06 08:35:35.323504+00', 'system', 1, 35, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-08-14; Confirmed=2025-07-21; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2025-0035; OutcomeRow=withheld.endangersSafety; Phone=（个人信息）; ReceivedOn=2025-07-21; Submitted=2025-07-19');
INSERT INTO public."Audit" VALUES (38, '2026-12-06 08:35:35.323504+00', 'system', 1, 36, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-07-25; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0036; OutcomeRow=withheld.enforcementFiles; Phone=（个人信息）; ReceivedOn=2025-07-22; Submitted=2025-07-22');
INSERT INTO public."Audit" VALUES (39, '2026-12-06 08:35:35.323504+00', 'system', 1, 37, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-08-01; Confirmed=2025-07-23; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2025-0037; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-07-23; Submitted=2025-07-22');
INSERT INTO public."Audit" VALUES (40, '2026-12-06 08:35:35.323504+00', 'system', 1, 38, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-08-05; Confirmed=2025-07-28; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0038; OutcomeRow=notProcessed.petitionOrComplaint; Phone=（个人信息）; ReceivedOn=2025-07-28; Submitted=2025-07-27');
INSERT INTO public."Audit" VALUES (41, '2026-12-06 08:35:35.323504+00', 'system', 1, 39, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-08-28; Confirmed=2025-08-01; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2025-0039; OutcomeRow=partiallyGranted; Phone=（个人信息）; ReceivedOn=2025-08-01; Submitted=2025-07-30');
INSERT INTO public."Audit" VALUES (42, '2026-12-06 08:35:35.323504+00', 'system', NULL, 39, 'Challenge.Added', 'CaseId=-2147482609; Decided=2025-11-20; Filed=2025-09-21; Kind=Review; Result=Other');
INSERT INTO public."Audit" VALUES (43, '2026-12-06 08:35:35.323504+00', 'system', 1, 40, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=OtherOrg; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-09-04; Confirmed=2025-07-31; CorrectionDueBy=2025-08-25; CorrectionReceivedOn=2025-08-13; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2025-08-04; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; InformationRequested=申请公开学校招生划片依据; Number=2025-0040; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-07-31; Submitted=2025-07-31');
INSERT INTO public."Audit" VALUES (44, '2026-12-06 08:35:35.323504+00', 'system', 1, 41, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-08-13; Confirmed=2025-08-03; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0041; OutcomeRow=unavailable.notHeld; Phone=（个人信息）; ReceivedOn=2025-08-03; Submitted=2025-08-02');
INSERT INTO public."Audit" VALUES (45, '2026-12-06 08:35:35.323504+00', 'system', 1, 42, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-08-14; Confirmed=2025-08-04; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2025-0042; OutcomeRow=withheld.internalAffairs; Phone=（个人信息）; ReceivedOn=2025-08-04; Submitted=2025-08-03');
INSERT INTO public."Audit" VALUES (46, '2026-12-06 08:35:35.323504+00', 'system', 1, 43, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-08-28; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2025-0043; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-08-07; Submitted=2025-08-07');
INSERT INTO public."Audit" VALUES (48, '2026-12-06 08:35:35.323504+00', 'system', 1, 45, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-09-11; Confirmed=2025-08-15; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0045; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-08-15; Submitted=2025-08-15');
INSERT INTO public."Audit" VALUES (49, '2026-12-06 08:35:35.323504+00', 'system', 1, 46, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-09-15; Confirmed=2025-08-19; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2025-0046; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-08-19; Submitted=2025-08-18');
INSERT INTO public."Audit" VALUES (50, '2026-12-06 08:35:35.323504+00', 'system', 1, 47, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-09-17; Confirmed=2025-09-13; ExtendedOn=2025-10-10; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2025-0047; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-09-13; Submitted=2025-09-13');
INSERT INTO public."Audit" VALUES (51, '2026-12-06 08:35:35.323504+00', 'system', 1, 48, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=OtherOrg; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2025-10-15; Confirmed=2025-09-13; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; InformationRequested=申请公开某项目环境影响评价批复; Number=2025-0048; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-09-13; Submitted=2025-09-13');
INSERT INTO public."Audit" VALUES (52, '2026-12-06 08:35:35.323504+00', 'system', 1, 49, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-10-23; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2025-0049; OutcomeRow=unavailable.stillUnclear; Phone=（个人信息）; ReceivedOn=2025-09-23; Submitted=2025-09-23');
INSERT INTO public."Audit" VALUES (53, '2026-12-06 08:35:35.323504+00', 'system', 1, 50, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=SocialWelfare; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-10-27; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; InformationRequested=申请公开某小区规划许可证; Number=2025-0050; OutcomeRow=other.other; Phone=（个人信息）; ReceivedOn=2025-10-02; Submitted=2025-10-02');
INSERT INTO public."Audit" VALUES (54, '2026-12-06 08:35:35.323504+00', 'system', NULL, 50, 'Challenge.Added', 'CaseId=-2147482598; Decided=2026-02-08; Filed=2025-12-10; Kind=LitigationAfterReview; Result=Upheld');
INSERT INTO public."Audit" VALUES (55, '2026-12-06 08:35:35.323504+00', 'system', 1, 51, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-11-03; Confirmed=2025-10-07; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2025-0051; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-10-07; Submitted=2025-10-06');
INSERT INTO public."Audit" VALUES (56, '2026-12-06 08:35:35.323504+00', 'system', 1, 52, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2025-10-27; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0052; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-10-09; Submitted=2025-10-09');
INSERT INTO public."Audit" VALUES (57, '2026-12-06 08:35:35.323504+00', 'system', 1, 53, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=OtherOrg; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-11-21; Confirmed=2025-10-15; ExtendedOn=2025-11-05; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; InformationRequested=申请公开某项目环境影响评价批复; Number=2025-0053; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-10-15; Submitted=2025-10-15');
INSERT INTO public."Audit" VALUES (58, '2026-12-06 08:35:35.323504+00', 'system', 1, 54, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-11-04; Confirmed=2025-10-18; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0054; OutcomeRow=withheld.endangersSafety; Phone=（个人信息）; ReceivedOn=2025-10-18; Submitted=2025-10-18');
INSERT INTO public."Audit" VALUES (59, '2026-12-06 08:35:35.323504+00', 'system', 1, 55, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2025-11-04; Confirmed=2025-10-28; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0055; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-10-28; Submitted=2025-10-27');
INSERT INTO public."Audit" VALUES (60, '2026-12-06 08:35:35.323504+00', 'system', 1, 56, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-11-05; Confirmed=2025-10-30; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0056; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-10-30; Submitted=2025-10-29');
INSERT INTO public."Audit" VALUES (61, '2026-12-06 08:35:35.323504+00', 'system', 1, 57, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2025-11-07; Confirmed=2025-11-03; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2025-0057; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-11-03; Submitted=2025-11-03');
INSERT INTO public."Audit" VALUES (62, '2026-12-06 08:35:35.323504+00', 'system', 1, 58, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2025-11-14; Confirmed=2025-11-11; ExtendedOn=2025-12-02; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2025-0058; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-11-11; Submitted=2025-11-10');
INSERT INTO public."Audit" VALUES (63, '2026-12-06 08:35:35.323504+00', 'system', 1, 59, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-01-09; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2025-0059; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2025-12-23; Submitted=2025-12-23');
INSERT INTO public."Audit" VALUES (64, '2026-12-06 08:35:35.323504+00', 'system', 1, 60, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-01-13; Confirmed=2025-12-27; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2025-0060; OutcomeRow=other.other; Phone=（个人信息）; ReceivedOn=2025-12-27; Submitted=2025-12-25');
INSERT INTO public."Audit" VALUES (65, '2026-12-06 08:35:35.323504+00', 'system', 1, 61, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; Confirmed=2025-12-31; CorrectionDueBy=2026-01-23; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-01-04; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2025-0061; Phone=（个人信息）; ReceivedOn=2025-12-31; Submitted=2025-12-29');
INSERT INTO public."Audit" VALUES (66, '2026-12-06 08:35:35.323504+00', 'system', 1, 62, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-02-24; ExtendedOn=2026-01-22; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2026-0001; OutcomeRow=other.other; Phone=（个人信息）; ReceivedOn=2026-01-03; Submitted=2026-01-03');
INSERT INTO public."Audit" VALUES (67, '2026-12-06 08:35:35.323504+00', 'system', 1, 63, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-02-03; Confirmed=2026-01-19; CorrectionDueBy=2026-02-11; CorrectionReceivedOn=2026-01-23; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-01-21; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2026-0002; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-01-19; Submitted=2026-01-17');
INSERT INTO public."Audit" VALUES (68, '2026-12-06 08:35:35.323504+00', 'system', 1, 64, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=OtherOrg; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-01-26; Confirmed=2026-01-19; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0003; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-01-19; Submitted=2026-01-18');
INSERT INTO public."Audit" VALUES (69, '2026-12-06 08:35:35.323504+00', 'system', 1, 65, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=SocialWelfare; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-02-06; Confirmed=2026-01-31; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; InformationRequested=申请公开2024年度部门预算执行情况; Number=2026-0004; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-01-31; Submitted=2026-01-29');
INSERT INTO public."Audit" VALUES (70, '2026-12-06 08:35:35.323504+00', 'system', 1, 66, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-02-25; Confirmed=2026-02-04; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2026-0005; OutcomeRow=withheld.endangersSafety; Phone=（个人信息）; ReceivedOn=2026-02-04; Submitted=2026-02-03');
INSERT INTO public."Audit" VALUES (71, '2026-12-06 08:35:35.323504+00', 'system', 1, 67, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-03-02; Confirmed=2026-02-20; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2026-0006; OutcomeRow=notProcessed.publication; Phone=（个人信息）; ReceivedOn=2026-02-20; Submitted=2026-02-18');
INSERT INTO public."Audit" VALUES (72, '2026-12-06 08:35:35.323504+00', 'system', 1, 68, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-04-10; CorrectionDueBy=2026-04-02; CorrectionReceivedOn=2026-03-17; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-03-12; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2026-0007; OutcomeRow=notProcessed.confirmOrReissue; Phone=（个人信息）; ReceivedOn=2026-03-07; Submitted=2026-03-07');
INSERT INTO public."Audit" VALUES (73, '2026-12-06 08:35:35.323504+00', 'system', 1, 69, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2026-04-13; Confirmed=2026-03-10; CorrectionDueBy=2026-04-09; CorrectionReceivedOn=2026-04-02; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-03-18; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0008; OutcomeRow=unavailable.needsCreation; Phone=（个人信息）; ReceivedOn=2026-03-10; Submitted=2026-03-10');
INSERT INTO public."Audit" VALUES (74, '2026-12-06 08:35:35.323504+00', 'system', 1, 70, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-03-23; Confirmed=2026-03-16; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2026-0009; OutcomeRow=withheld.enforcementFiles; Phone=（个人信息）; ReceivedOn=2026-03-16; Submitted=2026-03-14');
INSERT INTO public."Audit" VALUES (75, '2026-12-06 08:35:35.323504+00', 'system', NULL, 70, 'Challenge.Added', 'CaseId=-2147482578; Decided=2026-06-20; Filed=2026-04-21; Kind=LitigationAfterReview; Result=Corrected');
INSERT INTO public."Audit" VALUES (76, '2026-12-06 08:35:35.323504+00', 'system', 1, 71, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-04-03; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0010; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-03-17; Submitted=2026-03-17');
INSERT INTO public."Audit" VALUES (77, '2026-12-06 08:35:35.323504+00', 'system', 1, 72, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=LegalService; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-04-09; Confirmed=2026-03-20; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; InformationRequested=申请公开2024年度部门预算执行情况; Number=2026-0011; OutcomeRow=other.other; Phone=（个人信息）; ReceivedOn=2026-03-20; Submitted=2026-03-18');
INSERT INTO public."Audit" VALUES (78, '2026-12-06 08:35:35.323504+00', 'system', 1, 73, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-04-20; Confirmed=2026-03-20; ExtendedOn=2026-04-13; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0012; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-03-20; Submitted=2026-03-18');
INSERT INTO public."Audit" VALUES (79, '2026-12-06 08:35:35.323504+00', 'system', 1, 74, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-04-20; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2026-0013; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-03-25; Submitted=2026-03-25');
INSERT INTO public."Audit" VALUES (80, '2026-12-06 08:35:35.323504+00', 'system', 1, 75, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-04-10; Confirmed=2026-04-03; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2026-0014; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-04-03; Submitted=2026-04-01');
INSERT INTO public."Audit" VALUES (81, '2026-12-06 08:35:35.323504+00', 'system', 1, 76, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2026-04-13; Confirmed=2026-04-08; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2026-0015; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-04-08; Submitted=2026-04-07');
INSERT INTO public."Audit" VALUES (82, '2026-12-06 08:35:35.323504+00', 'system', 1, 77, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=OtherOrg; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-04-21; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; InformationRequested=申请公开行政处罚决定书; Number=2026-0016; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-04-16; Submitted=2026-04-16');
INSERT INTO public."Audit" VALUES (83, '2026-12-06 08:35:35.323504+00', 'system', 1, 78, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2026-05-13; Confirmed=2026-04-25; CorrectionDueBy=2026-05-20; CorrectionReceivedOn=2026-05-06; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-04-27; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0017; OutcomeRow=notProcessed.petitionOrComplaint; Phone=（个人信息）; ReceivedOn=2026-04-25; Submitted=2026-04-23');
INSERT INTO public."Audit" VALUES (84, '2026-12-06 08:35:35.323504+00', 'system', 1, 79, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2026-06-12; Confirmed=2026-05-11; ExtendedOn=2026-06-01; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0018; OutcomeRow=withheld.prohibitedByLaw; Phone=（个人信息）; ReceivedOn=2026-05-11; Submitted=2026-05-09');
INSERT INTO public."Audit" VALUES (85, '2026-12-06 08:35:35.323504+00', 'system', 1, 80, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-06-11; Confirmed=2026-05-22; CorrectionDueBy=2026-06-16; CorrectionReceivedOn=2026-06-02; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-05-26; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2026-0019; OutcomeRow=withheld.enforcementFiles; Phone=（个人信息）; ReceivedOn=2026-05-22; Submitted=2026-05-20');
INSERT INTO public."Audit" VALUES (86, '2026-12-06 08:35:35.323504+00', 'system', 1, 81, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-06-16; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0020; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-05-23; Submitted=2026-05-23');
INSERT INTO public."Audit" VALUES (87, '2026-12-06 08:35:35.323504+00', 'system', 1, 82, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-06-08; Confirmed=2026-06-03; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2026-0021; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-06-03; Submitted=2026-06-01');
INSERT INTO public."Audit" VALUES (88, '2026-12-06 08:35:35.323504+00', 'system', 1, 83, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-06-23; Confirmed=2026-06-06; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2026-0022; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-06-06; Submitted=2026-06-05');
INSERT INTO public."Audit" VALUES (89, '2026-12-06 08:35:35.323504+00', 'system', 1, 84, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=LegalService; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-07-23; Confirmed=2026-06-23; ExtendedOn=2026-07-14; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0023; OutcomeRow=withheld.administrativeQuery; Phone=（个人信息）; ReceivedOn=2026-06-23; Submitted=2026-06-21');
INSERT INTO public."Audit" VALUES (90, '2026-12-06 08:35:35.323504+00', 'system', 1, 85, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-07-15; Confirmed=2026-06-26; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0024; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-06-26; Submitted=2026-06-25');
INSERT INTO public."Audit" VALUES (91, '2026-12-06 08:35:35.323504+00', 'system', 1, 86, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-07-24; Confirmed=2026-07-01; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0025; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-07-01; Submitted=2026-07-01');
INSERT INTO public."Audit" VALUES (92, '2026-12-06 08:35:35.323504+00', 'system', 1, 87, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-07-17; Confirmed=2026-07-06; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2026-0026; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-07-06; Submitted=2026-07-05');
INSERT INTO public."Audit" VALUES (93, '2026-12-06 08:35:35.323504+00', 'system', 1, 88, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-07-22; Confirmed=2026-07-12; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2026-0027; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-07-12; Submitted=2026-07-10');
INSERT INTO public."Audit" VALUES (94, '2026-12-06 08:35:35.323504+00', 'system', 1, 89, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-07-22; Confirmed=2026-07-12; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2026-0028; OutcomeRow=notProcessed.petitionOrComplaint; Phone=（个人信息）; ReceivedOn=2026-07-12; Submitted=2026-07-12');
INSERT INTO public."Audit" VALUES (95, '2026-12-06 08:35:35.323504+00', 'system', 1, 90, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-07-16; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0029; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-07-12; Submitted=2026-07-12');
INSERT INTO public."Audit" VALUES (96, '2026-12-06 08:35:35.323504+00', 'system', 1, 91, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-08-18; Confirmed=2026-07-23; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0030; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-07-23; Submitted=2026-07-23');
INSERT INTO public."Audit" VALUES (97, '2026-12-06 08:35:35.323504+00', 'system', 1, 92, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-08-17; Confirmed=2026-07-29; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2026-0031; OutcomeRow=partiallyGranted; Phone=（个人信息）; ReceivedOn=2026-07-29; Submitted=2026-07-28');
INSERT INTO public."Audit" VALUES (98, '2026-12-06 08:35:35.323504+00', 'system', 1, 93, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=LegalService; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-08-11; Confirmed=2026-07-31; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0032; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-07-31; Submitted=2026-07-30');
INSERT INTO public."Audit" VALUES (99, '2026-12-06 08:35:35.323504+00', 'system', 1, 94, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-08-07; Confirmed=2026-08-01; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2026-0033; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-08-01; Submitted=2026-07-31');
INSERT INTO public."Audit" VALUES (100, '2026-12-06 08:35:35.323504+00', 'system', 1, 95, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-08-19; Confirmed=2026-08-12; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0034; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-08-12; Submitted=2026-08-12');
INSERT INTO public."Audit" VALUES (101, '2026-12-06 08:35:35.323504+00', 'system', 1, 96, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-08-20; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0035; OutcomeRow=withheld.enforcementFiles; Phone=（个人信息）; ReceivedOn=2026-08-13; Submitted=2026-08-13');
INSERT INTO public."Audit" VALUES (102, '2026-12-06 08:35:35.323504+00', 'system', 1, 97, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Research; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-08-28; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; InformationRequested=申请公开某小区规划许可证; Number=2026-0036; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-08-24; Submitted=2026-08-24');
INSERT INTO public."Audit" VALUES (103, '2026-12-06 08:35:35.323504+00', 'system', 1, 98, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-09-04; Confirmed=2026-08-27; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0037; OutcomeRow=unavailable.needsCreation; Phone=（个人信息）; ReceivedOn=2026-08-27; Submitted=2026-08-25');
INSERT INTO public."Audit" VALUES (104, '2026-12-06 08:35:35.323504+00', 'system', 1, 99, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-09-01; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2026-0038; OutcomeRow=notProcessed.publication; Phone=（个人信息）; ReceivedOn=2026-08-27; Submitted=2026-08-27');
INSERT INTO public."Audit" VALUES (105, '2026-12-06 08:35:35.323504+00', 'system', NULL, 99, 'Challenge.Added', 'CaseId=-2147482549; Decided=2026-11-28; Filed=2026-09-29; Kind=Review; Result=Upheld');
INSERT INTO public."Audit" VALUES (106, '2026-12-06 08:35:35.323504+00', 'system', 1, 100, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Research; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-09-18; Confirmed=2026-08-30; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0039; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-08-30; Submitted=2026-08-29');
INSERT INTO public."Audit" VALUES (107, '2026-12-06 08:35:35.323504+00', 'system', 1, 101, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-10-08; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2026-0040; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-09-17; Submitted=2026-09-17');
INSERT INTO public."Audit" VALUES (108, '2026-12-06 08:35:35.323504+00', 'system', 1, 102, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Commercial; ApplicantName=（个人信息）; Channel=Online; Confirmed=2026-09-17; CorrectionDueBy=2026-10-22; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-09-24; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0041; Phone=（个人信息）; ReceivedOn=2026-09-17; Submitted=2026-09-17');
INSERT INTO public."Audit" VALUES (109, '2026-12-06 08:35:35.323504+00', 'system', 1, 103, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=LegalService; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-10-14; Confirmed=2026-09-19; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; InformationRequested=申请公开2024年度部门预算执行情况; Number=2026-0042; OutcomeRow=notProcessed.publication; Phone=（个人信息）; ReceivedOn=2026-09-19; Submitted=2026-09-18');
INSERT INTO public."Audit" VALUES (110, '2026-12-06 08:35:35.323504+00', 'system', 1, 104, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-10-14; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某路段拆迁补偿方案; Number=2026-0043; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-09-26; Submitted=2026-09-26');
INSERT INTO public."Audit" VALUES (111, '2026-12-06 08:35:35.323504+00', 'system', 1, 105, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=Commercial; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-10-22; Confirmed=2026-10-02; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; InformationRequested=申请公开行政处罚决定书; Number=2026-0044; OutcomeRow=withheld.thirdPartyRights; Phone=（个人信息）; ReceivedOn=2026-10-02; Submitted=2026-10-02');
INSERT INTO public."Audit" VALUES (112, '2026-12-06 08:35:35.323504+00', 'system', 1, 106, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; ClosedOn=2026-10-29; Confirmed=2026-10-09; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2026-0045; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-10-09; Submitted=2026-10-07');
INSERT INTO public."Audit" VALUES (113, '2026-12-06 08:35:35.323504+00', 'system', 1, 107, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-11-04; Confirmed=2026-10-09; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0046; OutcomeRow=notProcessed.excessive; Phone=（个人信息）; ReceivedOn=2026-10-09; Submitted=2026-10-09');
INSERT INTO public."Audit" VALUES (114, '2026-12-06 08:35:35.323504+00', 'system', 1, 108, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-11-03; Confirmed=2026-10-09; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2026-0047; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-10-09; Submitted=2026-10-09');
INSERT INTO public."Audit" VALUES (115, '2026-12-06 08:35:35.323504+00', 'system', 1, 109, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-10-22; Confirmed=2026-10-11; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2026-0048; OutcomeRow=other.noCorrection; Phone=（个人信息）; ReceivedOn=2026-10-11; Submitted=2026-10-11');
INSERT INTO public."Audit" VALUES (116, '2026-12-06 08:35:35.323504+00', 'system', 1, 110, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; ClosedOn=2026-10-26; Confirmed=2026-10-21; ExtendedOn=2026-11-11; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2026-0049; OutcomeRow=other.noCorrection; Phone=（个人信息）; ReceivedOn=2026-10-21; Submitted=2026-10-20');
INSERT INTO public."Audit" VALUES (117, '2026-12-06 08:35:35.323504+00', 'system', 1, 111, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; ClosedOn=2026-11-18; Confirmed=2026-10-23; HandlerId=37563ca6-c5fc-44f5-8398-40a1bf6d9053; IdNumber=（个人信息）; InformationRequested=申请公开某小区规划许可证; Number=2026-0050; OutcomeRow=withheld.enforcementFiles; Phone=（个人信息）; ReceivedOn=2026-10-23; Submitted=2026-10-23');
INSERT INTO public."Audit" VALUES (118, '2026-12-06 08:35:35.323504+00', 'system', 1, 112, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=LegalService; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-11-13; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; InformationRequested=申请公开某小区规划许可证; Number=2026-0051; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-10-24; Submitted=2026-10-24');
INSERT INTO public."Audit" VALUES (119, '2026-12-06 08:35:35.323504+00', 'system', 1, 113, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=OrdinaryPost; Confirmed=2026-11-02; CorrectionDueBy=2026-11-30; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-11-09; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0052; Phone=（个人信息）; ReceivedOn=2026-11-02; Submitted=2026-10-31');
INSERT INTO public."Audit" VALUES (120, '2026-12-06 08:35:35.323504+00', 'system', 1, 114, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-12-01; Confirmed=2026-11-03; CorrectionDueBy=2026-11-26; CorrectionReceivedOn=2026-11-19; CorrectionRequest=请明确所需政府信息的名称、文号或者便于查询的其他特征性描述; CorrectionRequestedOn=2026-11-05; HandlerId=68d58f2b-7c52-4c5a-9516-ccb113c15a07; IdNumber=（个人信息）; InformationRequested=申请公开行政处罚决定书; Number=2026-0053; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-11-03; Submitted=2026-11-02');
INSERT INTO public."Audit" VALUES (121, '2026-12-06 08:35:35.323504+00', 'system', 1, 115, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=InPerson; ClosedOn=2026-11-23; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2026-0054; OutcomeRow=notProcessed.petitionOrComplaint; Phone=（个人信息）; ReceivedOn=2026-11-15; Submitted=2026-11-15');
INSERT INTO public."Audit" VALUES (122, '2026-12-06 08:35:35.323504+00', 'system', 1, 116, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=RegisteredPost; Confirmed=2026-11-30; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开学校招生划片依据; Number=2026-0055; Phone=（个人信息）; ReceivedOn=2026-11-30; Submitted=2026-11-28');
INSERT INTO public."Audit" VALUES (123, '2026-12-06 08:35:35.323504+00', 'system', 1, 117, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Online; ClosedOn=2026-12-04; Confirmed=2026-12-01; ExtendedOn=2026-12-22; ExtensionApprovedBy=王主任（head）; ExtensionReason=涉及信息较多，需要调取档案; HandlerId=89a42d8a-1d56-4150-8f59-57b22b3d3f10; IdNumber=（个人信息）; InformationRequested=申请公开2024年度部门预算执行情况; Number=2026-0056; OutcomeRow=granted; Phone=（个人信息）; ReceivedOn=2026-12-01; Submitted=2026-12-01');
INSERT INTO public."Audit" VALUES (124, '2026-12-06 08:35:35.323504+00', 'system', 1, 118, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=NaturalPerson; ApplicantName=（个人信息）; Channel=Fax; Confirmed=2026-12-03; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; IdNumber=（个人信息）; InformationRequested=申请公开某会议纪要; Number=2026-0057; Phone=（个人信息）; ReceivedOn=2026-12-03; Submitted=2026-12-03');
INSERT INTO public."Audit" VALUES (125, '2026-12-06 08:35:35.323504+00', 'system', 1, 119, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=SocialWelfare; ApplicantName=（个人信息）; Channel=InPerson; HandlerId=434cc0a0-f660-4dfa-a7ad-f36dfc20d101; InformationRequested=申请公开某项目环境影响评价批复; Number=2026-0058; Phone=（个人信息）; ReceivedOn=2026-12-04; Submitted=2026-12-04');
INSERT INTO public."Audit" VALUES (126, '2026-12-06 08:35:35.323504+00', 'system', 1, 120, 'Case.Added', 'Address=（个人信息）; AgencyId=1; ApplicantKind=OtherOrg; ApplicantName=（个人信息）; Channel=Online; Confirmed=2026-12-05; HandlerId=806831b6-14f4-45b2-841f-b0be24365309; InformationRequested=申请公开学校招生划片依据; Number=2026-0059; Phone=（个人信息）; ReceivedOn=2026-12-05; Submitted=2026-12-05');


--
-- Data for Name: CalendarVersions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Cases" VALUES (1, 1, '2025-0001', 'Online', '2025-01-01', '2025-01-02', '2025-01-02', 'SocialWelfare', '示范某会有限公司', NULL, '13899056346', '示范市示范区幸福路15号', NULL, '申请公开行政处罚决定书', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-01-10', 'withheld.enforcementFiles', NULL, 0);
INSERT INTO public."Cases" VALUES (2, 1, '2025-0002', 'Fax', '2025-01-09', '2025-01-11', '2025-01-11', 'NaturalPerson', '李某男', '110101197103145380', '13254046787', '示范市示范区幸福路193号', NULL, '申请公开行政处罚决定书', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-01-26', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (3, 1, '2025-0003', 'OrdinaryPost', '2025-01-10', '2025-01-11', '2025-01-11', 'NaturalPerson', '李某申', '110101198501132865', '13737638125', '示范市示范区幸福路171号', NULL, '申请公开某会议纪要', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-02-11', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (4, 1, '2025-0004', 'RegisteredPost', '2025-01-17', '2025-01-18', '2025-01-18', 'NaturalPerson', '杨某甶', '110101199902143138', '13209973710', '示范市示范区幸福路40号', NULL, '申请公开某路段拆迁补偿方案', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-02-13', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (5, 1, '2025-0005', 'InPerson', '2025-01-22', NULL, '2025-01-22', 'NaturalPerson', '杨某甹', '110101196503105870', '13897753754', '示范市示范区幸福路177号', NULL, '申请公开行政处罚决定书', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-02-10', 'withheld.endangersSafety', NULL, 0);
INSERT INTO public."Cases" VALUES (6, 1, '2025-0006', 'RegisteredPost', '2025-01-25', '2025-01-25', '2025-01-25', 'Research', '示范某会有限公司', NULL, '13277971512', '示范市示范区幸福路24号', NULL, '申请公开某路段拆迁补偿方案', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-02-12', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (7, 1, '2025-0007', 'Online', '2025-01-31', '2025-01-31', '2025-01-31', 'NaturalPerson', '王某申', '110101198209106648', '13732522257', '示范市示范区幸福路30号', NULL, '申请公开某小区规划许可证', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, '2025-02-24', '涉及信息较多，需要调取档案', '王主任（head）', '2025-02-08', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (8, 1, '2025-0008', 'RegisteredPost', '2025-02-18', '2025-02-20', '2025-02-20', 'SocialWelfare', '示范某会有限公司', NULL, '13454512096', '示范市示范区幸福路59号', NULL, '申请公开某路段拆迁补偿方案', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-03-18', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (9, 1, '2025-0009', 'Online', '2025-02-22', '2025-02-22', '2025-02-22', 'SocialWelfare', '示范某项有限公司', NULL, '13828191124', '示范市示范区幸福路293号', NULL, '申请公开2024年度部门预算执行情况', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-02-26', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (10, 1, '2025-0010', 'InPerson', '2025-02-23', NULL, '2025-02-23', 'NaturalPerson', '周某甴', '110101198001104763', '13971420704', '示范市示范区幸福路1号', NULL, '申请公开某路段拆迁补偿方案', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', '2025-02-24', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2025-03-17', '2025-03-05', NULL, NULL, NULL, '2025-03-26', 'withheld.processInformation', NULL, 0);
INSERT INTO public."Cases" VALUES (11, 1, '2025-0011', 'Fax', '2025-02-25', '2025-02-25', '2025-02-25', 'NaturalPerson', '赵某电', '110101198602145669', '13258524112', '示范市示范区幸福路286号', NULL, '申请公开某路段拆迁补偿方案', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-03-13', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (12, 1, '2025-0012', 'InPerson', '2025-03-01', NULL, '2025-03-01', 'Commercial', '示范20有限公司', NULL, '13768155357', '示范市示范区幸福路133号', NULL, '申请公开某项目环境影响评价批复', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-03-25', 'notProcessed.repeated', NULL, 0);
INSERT INTO public."Cases" VALUES (13, 1, '2025-0013', 'Fax', '2025-03-03', '2025-03-05', '2025-03-05', 'NaturalPerson', '李某甶', '110101199602138608', '13930389913', '示范市示范区幸福路135号', NULL, '申请公开行政处罚决定书', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', '2025-03-10', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2025-03-31', '2025-03-12', NULL, NULL, NULL, '2025-03-20', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (14, 1, '2025-0014', 'OrdinaryPost', '2025-03-10', '2025-03-11', '2025-03-11', 'NaturalPerson', '李某甲', '110101199106175861', '13704432188', '示范市示范区幸福路229号', NULL, '申请公开学校招生划片依据', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-04-03', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (15, 1, '2025-0015', 'RegisteredPost', '2025-03-19', '2025-03-19', '2025-03-19', 'NaturalPerson', '周某电', '110101199109126132', '13445834523', '示范市示范区幸福路247号', NULL, '申请公开行政处罚决定书', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-04-10', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (16, 1, '2025-0016', 'OrdinaryPost', '2025-03-22', '2025-03-22', '2025-03-22', 'NaturalPerson', '王某男', '110101198303127159', '13421561366', '示范市示范区幸福路171号', NULL, '申请公开某会议纪要', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-04-14', 'withheld.stateSecret', NULL, 0);
INSERT INTO public."Cases" VALUES (17, 1, '2025-0017', 'Online', '2025-03-23', '2025-03-23', '2025-03-23', 'Research', '示范行政有限公司', NULL, '13290619855', '示范市示范区幸福路56号', NULL, '申请公开某会议纪要', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-03-28', 'notProcessed.publication', NULL, 0);
INSERT INTO public."Cases" VALUES (18, 1, '2025-0018', 'RegisteredPost', '2025-03-30', '2025-04-01', '2025-04-01', 'NaturalPerson', '杨某甲', '110101196406177228', '13604713448', '示范市示范区幸福路187号', NULL, '申请公开2024年度部门预算执行情况', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-04-23', 'unavailable.needsCreation', NULL, 0);
INSERT INTO public."Cases" VALUES (19, 1, '2025-0019', 'Online', '2025-04-10', '2025-04-12', '2025-04-12', 'Research', '示范某项有限公司', NULL, '13549293827', '示范市示范区幸福路172号', NULL, '申请公开学校招生划片依据', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-05-07', 'withheld.stateSecret', NULL, 0);
INSERT INTO public."Cases" VALUES (20, 1, '2025-0020', 'OrdinaryPost', '2025-04-19', '2025-04-20', '2025-04-20', 'NaturalPerson', '周某甹', '110101199101156626', '13388842274', '示范市示范区幸福路173号', NULL, '申请公开学校招生划片依据', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-04-23', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (21, 1, '2025-0021', 'Online', '2025-04-20', '2025-04-22', '2025-04-22', 'NaturalPerson', '赵某甶', '110101196405163892', '13112987145', '示范市示范区幸福路171号', NULL, '申请公开行政处罚决定书', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', '2025-04-23', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2025-05-16', '2025-04-27', NULL, NULL, NULL, '2025-05-19', 'notProcessed.excessive', NULL, 0);
INSERT INTO public."Cases" VALUES (22, 1, '2025-0022', 'Online', '2025-04-22', '2025-04-23', '2025-04-23', 'Commercial', '示范某会有限公司', NULL, '13226420236', '示范市示范区幸福路266号', NULL, '申请公开某小区规划许可证', NULL, '806831b6-14f4-45b2-841f-b0be24365309', '2025-04-25', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2025-05-20', '2025-05-13', NULL, NULL, NULL, '2025-05-21', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (23, 1, '2025-0023', 'Fax', '2025-04-23', '2025-04-24', '2025-04-24', 'NaturalPerson', '刘某甲', '110101199708145395', '13373471647', '示范市示范区幸福路132号', NULL, '申请公开某路段拆迁补偿方案', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-04-29', 'withheld.internalAffairs', NULL, 0);
INSERT INTO public."Cases" VALUES (24, 1, '2025-0024', 'OrdinaryPost', '2025-05-17', '2025-05-17', '2025-05-17', 'NaturalPerson', '赵某甹', '110101199804154958', '13991068390', '示范市示范区幸福路199号', NULL, '申请公开某会议纪要', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-06-05', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (25, 1, '2025-0025', 'RegisteredPost', '2025-05-18', '2025-05-19', '2025-05-19', 'NaturalPerson', '吴某町', '110101197708143402', '13331984126', '示范市示范区幸福路188号', NULL, '申请公开某小区规划许可证', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-05-28', 'withheld.enforcementFiles', NULL, 0);
INSERT INTO public."Cases" VALUES (26, 1, '2025-0026', 'InPerson', '2025-05-18', NULL, '2025-05-18', 'NaturalPerson', '陈某男', '110101197704148413', '13400194774', '示范市示范区幸福路160号', NULL, '申请公开某小区规划许可证', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-05-30', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (27, 1, '2025-0027', 'OrdinaryPost', '2025-05-19', '2025-05-21', '2025-05-21', 'NaturalPerson', '黄某男', '110101197307118891', '13158454412', '示范市示范区幸福路66号', NULL, '申请公开某路段拆迁补偿方案', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, '2025-06-12', '涉及信息较多，需要调取档案', '王主任（head）', '2025-07-07', 'other.other', NULL, 0);
INSERT INTO public."Cases" VALUES (28, 1, '2025-0028', 'Fax', '2025-05-22', '2025-05-22', '2025-05-22', 'Research', '示范某小有限公司', NULL, '13647707508', '示范市示范区幸福路151号', NULL, '申请公开某会议纪要', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-06-09', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (29, 1, '2025-0029', 'InPerson', '2025-06-06', NULL, '2025-06-06', 'OtherOrg', '示范20有限公司', NULL, '13143838936', '示范市示范区幸福路170号', NULL, '申请公开某会议纪要', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-06-19', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (30, 1, '2025-0030', 'RegisteredPost', '2025-06-18', '2025-06-20', '2025-06-20', 'NaturalPerson', '张某画', '110101199401166972', '13581181491', '示范市示范区幸福路66号', NULL, '申请公开行政处罚决定书', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', '2025-06-25', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2025-07-16', '2025-07-09', '2025-07-30', '涉及信息较多，需要调取档案', '王主任（head）', '2025-08-06', 'other.other', NULL, 0);
INSERT INTO public."Cases" VALUES (31, 1, '2025-0031', 'Fax', '2025-07-01', '2025-07-01', '2025-07-01', 'LegalService', '示范某小有限公司', NULL, '13458050944', '示范市示范区幸福路18号', NULL, '申请公开某项目环境影响评价批复', NULL, '806831b6-14f4-45b2-841f-b0be24365309', '2025-07-02', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2025-07-23', '2025-07-16', '2025-08-06', '涉及信息较多，需要调取档案', '王主任（head）', '2025-08-12', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (32, 1, '2025-0032', 'Online', '2025-07-02', '2025-07-02', '2025-07-02', 'NaturalPerson', '刘某申', '110101198703195854', '13594380480', '示范市示范区幸福路286号', NULL, '申请公开学校招生划片依据', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-07-23', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (33, 1, '2025-0033', 'InPerson', '2025-07-02', NULL, '2025-07-02', 'NaturalPerson', '王某甶', '110101198505101956', '13220799294', '示范市示范区幸福路205号', NULL, '申请公开2024年度部门预算执行情况', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-07-23', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (34, 1, '2025-0034', 'OrdinaryPost', '2025-07-07', '2025-07-08', '2025-07-08', 'NaturalPerson', '黄某甶', '110101197608188635', '13192746455', '示范市示范区幸福路48号', NULL, '申请公开某会议纪要', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-07-11', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (35, 1, '2025-0035', 'Fax', '2025-07-19', '2025-07-21', '2025-07-21', 'NaturalPerson', '杨某画', '110101197801156793', '13684130311', '示范市示范区幸福路241号', NULL, '申请公开2024年度部门预算执行情况', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-08-14', 'withheld.endangersSafety', NULL, 0);
INSERT INTO public."Cases" VALUES (36, 1, '2025-0036', 'InPerson', '2025-07-22', NULL, '2025-07-22', 'NaturalPerson', '周某甴', '110101198208148831', '13283417013', '示范市示范区幸福路260号', NULL, '申请公开某会议纪要', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-07-25', 'withheld.enforcementFiles', NULL, 0);
INSERT INTO public."Cases" VALUES (37, 1, '2025-0037', 'Fax', '2025-07-22', '2025-07-23', '2025-07-23', 'NaturalPerson', '黄某画', '110101199103107046', '13545839200', '示范市示范区幸福路129号', NULL, '申请公开学校招生划片依据', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-08-01', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (38, 1, '2025-0038', 'Fax', '2025-07-27', '2025-07-28', '2025-07-28', 'NaturalPerson', '吴某甶', '110101198308167549', '13584141465', '示范市示范区幸福路36号', NULL, '申请公开某会议纪要', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-08-05', 'notProcessed.petitionOrComplaint', NULL, 0);
INSERT INTO public."Cases" VALUES (39, 1, '2025-0039', 'RegisteredPost', '2025-07-30', '2025-08-01', '2025-08-01', 'NaturalPerson', '张某甶', '110101196509147070', '13576223795', '示范市示范区幸福路291号', NULL, '申请公开2024年度部门预算执行情况', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-08-28', 'partiallyGranted', NULL, 0);
INSERT INTO public."Cases" VALUES (40, 1, '2025-0040', 'RegisteredPost', '2025-07-31', '2025-07-31', '2025-07-31', 'OtherOrg', '示范某项有限公司', NULL, '13901463455', '示范市示范区幸福路179号', NULL, '申请公开学校招生划片依据', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', '2025-08-04', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2025-08-25', '2025-08-13', NULL, NULL, NULL, '2025-09-04', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (41, 1, '2025-0041', 'Online', '2025-08-02', '2025-08-03', '2025-08-03', 'NaturalPerson', '王某申', '110101199004178165', '13341926032', '示范市示范区幸福路265号', NULL, '申请公开某路段拆迁补偿方案', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-08-13', 'unavailable.notHeld', NULL, 0);
INSERT INTO public."Cases" VALUES (42, 1, '2025-0042', 'RegisteredPost', '2025-08-03', '2025-08-04', '2025-08-04', 'NaturalPerson', '张某町', '110101196404199142', '13849491215', '示范市示范区幸福路146号', NULL, '申请公开某小区规划许可证', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-08-14', 'withheld.internalAffairs', NULL, 0);
INSERT INTO public."Cases" VALUES (43, 1, '2025-0043', 'InPerson', '2025-08-07', NULL, '2025-08-07', 'NaturalPerson', '赵某甴', '110101199606175826', '13961892091', '示范市示范区幸福路39号', NULL, '申请公开某项目环境影响评价批复', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-08-28', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (44, 1, '2025-0044', 'RegisteredPost', '2025-08-08', '2025-08-09', '2025-08-09', 'NaturalPerson', '张某甹', '110101199205183785', '13863995207', '示范市示范区幸福路223号', NULL, '申请公开学校招生划片依据', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, '2025-08-29', '涉及信息较多，需要调取档案', '王主任（head）', '2025-08-13', 'withheld.enforcementFiles', NULL, 0);
INSERT INTO public."Cases" VALUES (45, 1, '2025-0045', 'Fax', '2025-08-15', '2025-08-15', '2025-08-15', 'NaturalPerson', '刘某申', '110101198205182885', '13615422403', '示范市示范区幸福路96号', NULL, '申请公开某路段拆迁补偿方案', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-09-11', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (46, 1, '2025-0046', 'OrdinaryPost', '2025-08-18', '2025-08-19', '2025-08-19', 'NaturalPerson', '吴某电', '110101198407199756', '13772801517', '示范市示范区幸福路161号', NULL, '申请公开某项目环境影响评价批复', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-09-15', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (47, 1, '2025-0047', 'Fax', '2025-09-13', '2025-09-13', '2025-09-13', 'NaturalPerson', '陈某甴', '110101199903139903', '13851409113', '示范市示范区幸福路102号', NULL, '申请公开2024年度部门预算执行情况', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, '2025-10-10', '涉及信息较多，需要调取档案', '王主任（head）', '2025-09-17', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (48, 1, '2025-0048', 'RegisteredPost', '2025-09-13', '2025-09-13', '2025-09-13', 'OtherOrg', '示范某项有限公司', NULL, '13247518926', '示范市示范区幸福路179号', NULL, '申请公开某项目环境影响评价批复', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-10-15', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (49, 1, '2025-0049', 'InPerson', '2025-09-23', NULL, '2025-09-23', 'NaturalPerson', '王某画', '110101199201105506', '13687769451', '示范市示范区幸福路4号', NULL, '申请公开某项目环境影响评价批复', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-10-23', 'unavailable.stillUnclear', NULL, 0);
INSERT INTO public."Cases" VALUES (50, 1, '2025-0050', 'InPerson', '2025-10-02', NULL, '2025-10-02', 'SocialWelfare', '示范某路有限公司', NULL, '13367544146', '示范市示范区幸福路278号', NULL, '申请公开某小区规划许可证', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-10-27', 'other.other', NULL, 0);
INSERT INTO public."Cases" VALUES (51, 1, '2025-0051', 'Online', '2025-10-06', '2025-10-07', '2025-10-07', 'NaturalPerson', '李某申', '110101196108149671', '13348730884', '示范市示范区幸福路218号', NULL, '申请公开学校招生划片依据', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-11-03', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (52, 1, '2025-0052', 'InPerson', '2025-10-09', NULL, '2025-10-09', 'NaturalPerson', '黄某甴', '110101198308115371', '13821318357', '示范市示范区幸福路295号', NULL, '申请公开某路段拆迁补偿方案', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-10-27', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (53, 1, '2025-0053', 'OrdinaryPost', '2025-10-15', '2025-10-15', '2025-10-15', 'OtherOrg', '示范行政有限公司', NULL, '13704314385', '示范市示范区幸福路100号', NULL, '申请公开某项目环境影响评价批复', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, '2025-11-05', '涉及信息较多，需要调取档案', '王主任（head）', '2025-11-21', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (54, 1, '2025-0054', 'Fax', '2025-10-18', '2025-10-18', '2025-10-18', 'NaturalPerson', '张某甲', '110101199903144756', '13971249577', '示范市示范区幸福路163号', NULL, '申请公开某会议纪要', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-11-04', 'withheld.endangersSafety', NULL, 0);
INSERT INTO public."Cases" VALUES (55, 1, '2025-0055', 'Fax', '2025-10-27', '2025-10-28', '2025-10-28', 'NaturalPerson', '周某甴', '110101199804146205', '13929149257', '示范市示范区幸福路99号', NULL, '申请公开某路段拆迁补偿方案', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-11-04', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (56, 1, '2025-0056', 'Online', '2025-10-29', '2025-10-30', '2025-10-30', 'NaturalPerson', '李某甲', '110101198309138630', '13310638882', '示范市示范区幸福路116号', NULL, '申请公开某会议纪要', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-11-05', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (57, 1, '2025-0057', 'Online', '2025-11-03', '2025-11-03', '2025-11-03', 'NaturalPerson', '王某甸', '110101198006151795', '13855552448', '示范市示范区幸福路244号', NULL, '申请公开学校招生划片依据', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-11-07', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (58, 1, '2025-0058', 'OrdinaryPost', '2025-11-10', '2025-11-11', '2025-11-11', 'NaturalPerson', '陈某画', '110101199802111618', '13631760256', '示范市示范区幸福路253号', NULL, '申请公开某项目环境影响评价批复', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, '2025-12-02', '涉及信息较多，需要调取档案', '王主任（head）', '2025-11-14', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (59, 1, '2025-0059', 'InPerson', '2025-12-23', NULL, '2025-12-23', 'NaturalPerson', '周某甸', '110101198405142345', '13552293445', '示范市示范区幸福路94号', NULL, '申请公开某路段拆迁补偿方案', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-01-09', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (60, 1, '2025-0060', 'Fax', '2025-12-25', '2025-12-27', '2025-12-27', 'NaturalPerson', '李某甶', '110101199905141489', '13733171491', '示范市示范区幸福路131号', NULL, '申请公开学校招生划片依据', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-01-13', 'other.other', NULL, 0);
INSERT INTO public."Cases" VALUES (61, 1, '2025-0061', 'Online', '2025-12-29', '2025-12-31', '2025-12-31', 'NaturalPerson', '吴某甲', '110101199105181559', '13560424767', '示范市示范区幸福路233号', NULL, '申请公开某会议纪要', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', '2026-01-04', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-01-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
INSERT INTO public."Cases" VALUES (62, 1, '2026-0001', 'InPerson', '2026-01-03', NULL, '2026-01-03', 'NaturalPerson', '黄某男', '110101197802158472', '13154810099', '示范市示范区幸福路183号', NULL, '申请公开某小区规划许可证', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, '2026-01-22', '涉及信息较多，需要调取档案', '王主任（head）', '2026-02-24', 'other.other', NULL, 0);
INSERT INTO public."Cases" VALUES (63, 1, '2026-0002', 'Online', '2026-01-17', '2026-01-19', '2026-01-19', 'NaturalPerson', '李某甶', '110101199702149497', '13350592986', '示范市示范区幸福路250号', NULL, '申请公开某小区规划许可证', NULL, '806831b6-14f4-45b2-841f-b0be24365309', '2026-01-21', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-02-11', '2026-01-23', NULL, NULL, NULL, '2026-02-03', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (64, 1, '2026-0003', 'Online', '2026-01-18', '2026-01-19', '2026-01-19', 'OtherOrg', '示范20有限公司', NULL, '13208142101', '示范市示范区幸福路4号', NULL, '申请公开某路段拆迁补偿方案', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-01-26', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (65, 1, '2026-0004', 'OrdinaryPost', '2026-01-29', '2026-01-31', '2026-01-31', 'SocialWelfare', '示范行政有限公司', NULL, '13431174450', '示范市示范区幸福路9号', NULL, '申请公开2024年度部门预算执行情况', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-02-06', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (66, 1, '2026-0005', 'Fax', '2026-02-03', '2026-02-04', '2026-02-04', 'NaturalPerson', '黄某画', '110101197609122354', '13373849971', '示范市示范区幸福路88号', NULL, '申请公开行政处罚决定书', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-02-25', 'withheld.endangersSafety', NULL, 0);
INSERT INTO public."Cases" VALUES (67, 1, '2026-0006', 'OrdinaryPost', '2026-02-18', '2026-02-20', '2026-02-20', 'NaturalPerson', '杨某甴', '110101198006115563', '13303020148', '示范市示范区幸福路294号', NULL, '申请公开2024年度部门预算执行情况', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-03-02', 'notProcessed.publication', NULL, 0);
INSERT INTO public."Cases" VALUES (68, 1, '2026-0007', 'InPerson', '2026-03-07', NULL, '2026-03-07', 'NaturalPerson', '陈某申', '110101199205129512', '13268754849', '示范市示范区幸福路208号', NULL, '申请公开行政处罚决定书', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', '2026-03-12', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-04-02', '2026-03-17', NULL, NULL, NULL, '2026-04-10', 'notProcessed.confirmOrReissue', NULL, 0);
INSERT INTO public."Cases" VALUES (69, 1, '2026-0008', 'RegisteredPost', '2026-03-10', '2026-03-10', '2026-03-10', 'NaturalPerson', '张某申', '110101196303106821', '13232253124', '示范市示范区幸福路188号', NULL, '申请公开某项目环境影响评价批复', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', '2026-03-18', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-04-09', '2026-04-02', NULL, NULL, NULL, '2026-04-13', 'unavailable.needsCreation', NULL, 0);
INSERT INTO public."Cases" VALUES (70, 1, '2026-0009', 'OrdinaryPost', '2026-03-14', '2026-03-16', '2026-03-16', 'NaturalPerson', '周某甹', '110101199401194213', '13942471877', '示范市示范区幸福路271号', NULL, '申请公开某会议纪要', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-03-23', 'withheld.enforcementFiles', NULL, 0);
INSERT INTO public."Cases" VALUES (71, 1, '2026-0010', 'InPerson', '2026-03-17', NULL, '2026-03-17', 'NaturalPerson', '李某甶', '110101197207195957', '13757492047', '示范市示范区幸福路252号', NULL, '申请公开某项目环境影响评价批复', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-04-03', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (72, 1, '2026-0011', 'OrdinaryPost', '2026-03-18', '2026-03-20', '2026-03-20', 'LegalService', '示范某项有限公司', NULL, '13819264462', '示范市示范区幸福路242号', NULL, '申请公开2024年度部门预算执行情况', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-04-09', 'other.other', NULL, 0);
INSERT INTO public."Cases" VALUES (73, 1, '2026-0012', 'Fax', '2026-03-18', '2026-03-20', '2026-03-20', 'NaturalPerson', '李某甸', '110101196905131013', '13825574296', '示范市示范区幸福路62号', NULL, '申请公开某路段拆迁补偿方案', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, '2026-04-13', '涉及信息较多，需要调取档案', '王主任（head）', '2026-04-20', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (74, 1, '2026-0013', 'InPerson', '2026-03-25', NULL, '2026-03-25', 'NaturalPerson', '张某町', '110101199004135069', '13340561398', '示范市示范区幸福路82号', NULL, '申请公开某会议纪要', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-04-20', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (75, 1, '2026-0014', 'Fax', '2026-04-01', '2026-04-03', '2026-04-03', 'NaturalPerson', '陈某申', '110101199406179851', '13536833386', '示范市示范区幸福路220号', NULL, '申请公开学校招生划片依据', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-04-10', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (76, 1, '2026-0015', 'RegisteredPost', '2026-04-07', '2026-04-08', '2026-04-08', 'NaturalPerson', '王某甴', '110101199703193481', '13444922858', '示范市示范区幸福路192号', NULL, '申请公开某会议纪要', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-04-13', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (77, 1, '2026-0016', 'InPerson', '2026-04-16', NULL, '2026-04-16', 'OtherOrg', '示范行政有限公司', NULL, '13507770668', '示范市示范区幸福路28号', NULL, '申请公开行政处罚决定书', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-04-21', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (78, 1, '2026-0017', 'RegisteredPost', '2026-04-23', '2026-04-25', '2026-04-25', 'NaturalPerson', '陈某甶', '110101199407174811', '13387232357', '示范市示范区幸福路55号', NULL, '申请公开某项目环境影响评价批复', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', '2026-04-27', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-05-20', '2026-05-06', NULL, NULL, NULL, '2026-05-13', 'notProcessed.petitionOrComplaint', NULL, 0);
INSERT INTO public."Cases" VALUES (79, 1, '2026-0018', 'RegisteredPost', '2026-05-09', '2026-05-11', '2026-05-11', 'NaturalPerson', '王某甲', '110101197403133158', '13942799550', '示范市示范区幸福路1号', NULL, '申请公开某项目环境影响评价批复', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, '2026-06-01', '涉及信息较多，需要调取档案', '王主任（head）', '2026-06-12', 'withheld.prohibitedByLaw', NULL, 0);
INSERT INTO public."Cases" VALUES (80, 1, '2026-0019', 'Fax', '2026-05-20', '2026-05-22', '2026-05-22', 'NaturalPerson', '黄某申', '110101197001167441', '13144894208', '示范市示范区幸福路257号', NULL, '申请公开行政处罚决定书', NULL, '806831b6-14f4-45b2-841f-b0be24365309', '2026-05-26', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-06-16', '2026-06-02', NULL, NULL, NULL, '2026-06-11', 'withheld.enforcementFiles', NULL, 0);
INSERT INTO public."Cases" VALUES (81, 1, '2026-0020', 'InPerson', '2026-05-23', NULL, '2026-05-23', 'NaturalPerson', '李某男', '110101198007182269', '13867660377', '示范市示范区幸福路67号', NULL, '申请公开某路段拆迁补偿方案', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-06-16', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (82, 1, '2026-0021', 'Fax', '2026-06-01', '2026-06-03', '2026-06-03', 'NaturalPerson', '陈某电', '110101197502156499', '13123833338', '示范市示范区幸福路274号', NULL, '申请公开行政处罚决定书', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-06-08', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (83, 1, '2026-0022', 'OrdinaryPost', '2026-06-05', '2026-06-06', '2026-06-06', 'NaturalPerson', '黄某甴', '110101199206116704', '13748289943', '示范市示范区幸福路283号', NULL, '申请公开2024年度部门预算执行情况', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-06-23', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (84, 1, '2026-0023', 'Online', '2026-06-21', '2026-06-23', '2026-06-23', 'LegalService', '示范某路有限公司', NULL, '13996671530', '示范市示范区幸福路274号', NULL, '申请公开某项目环境影响评价批复', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, '2026-07-14', '涉及信息较多，需要调取档案', '王主任（head）', '2026-07-23', 'withheld.administrativeQuery', NULL, 0);
INSERT INTO public."Cases" VALUES (85, 1, '2026-0024', 'Online', '2026-06-25', '2026-06-26', '2026-06-26', 'NaturalPerson', '吴某申', '110101198808102013', '13773504191', '示范市示范区幸福路127号', NULL, '申请公开某项目环境影响评价批复', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-07-15', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (86, 1, '2026-0025', 'OrdinaryPost', '2026-07-01', '2026-07-01', '2026-07-01', 'NaturalPerson', '吴某甹', '110101197406186179', '13878103963', '示范市示范区幸福路59号', NULL, '申请公开某路段拆迁补偿方案', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-07-24', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (87, 1, '2026-0026', 'OrdinaryPost', '2026-07-05', '2026-07-06', '2026-07-06', 'NaturalPerson', '王某町', '110101199406197121', '13421394639', '示范市示范区幸福路166号', NULL, '申请公开行政处罚决定书', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-07-17', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (88, 1, '2026-0027', 'Fax', '2026-07-10', '2026-07-12', '2026-07-12', 'NaturalPerson', '赵某甴', '110101197202198291', '13988355999', '示范市示范区幸福路216号', NULL, '申请公开学校招生划片依据', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-07-22', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (89, 1, '2026-0028', 'Fax', '2026-07-12', '2026-07-12', '2026-07-12', 'NaturalPerson', '杨某甴', '110101199207123384', '13858700834', '示范市示范区幸福路105号', NULL, '申请公开某小区规划许可证', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-07-22', 'notProcessed.petitionOrComplaint', NULL, 0);
INSERT INTO public."Cases" VALUES (90, 1, '2026-0029', 'InPerson', '2026-07-12', NULL, '2026-07-12', 'NaturalPerson', '周某画', '110101199301163066', '13292654996', '示范市示范区幸福路59号', NULL, '申请公开某路段拆迁补偿方案', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-07-16', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (91, 1, '2026-0030', 'Online', '2026-07-23', '2026-07-23', '2026-07-23', 'NaturalPerson', '黄某甸', '110101196001136844', '13456890052', '示范市示范区幸福路188号', NULL, '申请公开某路段拆迁补偿方案', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-08-18', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (92, 1, '2026-0031', 'Fax', '2026-07-28', '2026-07-29', '2026-07-29', 'NaturalPerson', '杨某男', '110101198305103014', '13704327422', '示范市示范区幸福路51号', NULL, '申请公开行政处罚决定书', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-08-17', 'partiallyGranted', NULL, 0);
INSERT INTO public."Cases" VALUES (93, 1, '2026-0032', 'OrdinaryPost', '2026-07-30', '2026-07-31', '2026-07-31', 'LegalService', '示范20有限公司', NULL, '13688690119', '示范市示范区幸福路9号', NULL, '申请公开某路段拆迁补偿方案', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-08-11', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (94, 1, '2026-0033', 'Fax', '2026-07-31', '2026-08-01', '2026-08-01', 'NaturalPerson', '张某男', '110101199802119643', '13852236662', '示范市示范区幸福路189号', NULL, '申请公开学校招生划片依据', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-08-07', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (95, 1, '2026-0034', 'Fax', '2026-08-12', '2026-08-12', '2026-08-12', 'NaturalPerson', '吴某申', '110101198605195905', '13499440109', '示范市示范区幸福路20号', NULL, '申请公开某项目环境影响评价批复', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-08-19', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (96, 1, '2026-0035', 'InPerson', '2026-08-13', NULL, '2026-08-13', 'NaturalPerson', '李某申', '110101198003141423', '13152131399', '示范市示范区幸福路212号', NULL, '申请公开某路段拆迁补偿方案', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-08-20', 'withheld.enforcementFiles', NULL, 0);
INSERT INTO public."Cases" VALUES (97, 1, '2026-0036', 'InPerson', '2026-08-24', NULL, '2026-08-24', 'Research', '示范某会有限公司', NULL, '13640634045', '示范市示范区幸福路181号', NULL, '申请公开某小区规划许可证', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-08-28', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (98, 1, '2026-0037', 'OrdinaryPost', '2026-08-25', '2026-08-27', '2026-08-27', 'NaturalPerson', '张某甸', '110101198207163267', '13505437992', '示范市示范区幸福路21号', NULL, '申请公开某项目环境影响评价批复', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-04', 'unavailable.needsCreation', NULL, 0);
INSERT INTO public."Cases" VALUES (99, 1, '2026-0038', 'InPerson', '2026-08-27', NULL, '2026-08-27', 'NaturalPerson', '张某男', '110101197401196387', '13722402861', '示范市示范区幸福路225号', NULL, '申请公开2024年度部门预算执行情况', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-01', 'notProcessed.publication', NULL, 0);
INSERT INTO public."Cases" VALUES (100, 1, '2026-0039', 'Online', '2026-08-29', '2026-08-30', '2026-08-30', 'Research', '示范20有限公司', NULL, '13447715751', '示范市示范区幸福路257号', NULL, '申请公开某项目环境影响评价批复', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-09-18', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (101, 1, '2026-0040', 'InPerson', '2026-09-17', NULL, '2026-09-17', 'NaturalPerson', '赵某町', '110101196106191242', '13877274372', '示范市示范区幸福路30号', NULL, '申请公开某小区规划许可证', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-08', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (102, 1, '2026-0041', 'Online', '2026-09-17', '2026-09-17', '2026-09-17', 'Commercial', '示范某会有限公司', NULL, '13239411225', '示范市示范区幸福路9号', NULL, '申请公开某路段拆迁补偿方案', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', '2026-09-24', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-10-22', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
INSERT INTO public."Cases" VALUES (103, 1, '2026-0042', 'Fax', '2026-09-18', '2026-09-19', '2026-09-19', 'LegalService', '示范某路有限公司', NULL, '13123860849', '示范市示范区幸福路109号', NULL, '申请公开2024年度部门预算执行情况', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-14', 'notProcessed.publication', NULL, 0);
INSERT INTO public."Cases" VALUES (104, 1, '2026-0043', 'InPerson', '2026-09-26', NULL, '2026-09-26', 'NaturalPerson', '王某甴', '110101197704167548', '13396183119', '示范市示范区幸福路258号', NULL, '申请公开某路段拆迁补偿方案', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-14', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (105, 1, '2026-0044', 'Online', '2026-10-02', '2026-10-02', '2026-10-02', 'Commercial', '示范某路有限公司', NULL, '13716011107', '示范市示范区幸福路120号', NULL, '申请公开行政处罚决定书', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-22', 'withheld.thirdPartyRights', NULL, 0);
INSERT INTO public."Cases" VALUES (106, 1, '2026-0045', 'Fax', '2026-10-07', '2026-10-09', '2026-10-09', 'NaturalPerson', '周某甹', '110101198808117195', '13525367783', '示范市示范区幸福路242号', NULL, '申请公开某会议纪要', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-29', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (107, 1, '2026-0046', 'Online', '2026-10-09', '2026-10-09', '2026-10-09', 'NaturalPerson', '赵某町', '110101198205187195', '13462098549', '示范市示范区幸福路47号', NULL, '申请公开某项目环境影响评价批复', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-04', 'notProcessed.excessive', NULL, 0);
INSERT INTO public."Cases" VALUES (108, 1, '2026-0047', 'OrdinaryPost', '2026-10-09', '2026-10-09', '2026-10-09', 'NaturalPerson', '吴某申', '110101196708127555', '13739588701', '示范市示范区幸福路226号', NULL, '申请公开学校招生划片依据', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-03', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (109, 1, '2026-0048', 'OrdinaryPost', '2026-10-11', '2026-10-11', '2026-10-11', 'NaturalPerson', '刘某町', '110101196004191873', '13753939306', '示范市示范区幸福路183号', NULL, '申请公开2024年度部门预算执行情况', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-10-22', 'other.noCorrection', NULL, 0);
INSERT INTO public."Cases" VALUES (110, 1, '2026-0049', 'RegisteredPost', '2026-10-20', '2026-10-21', '2026-10-21', 'NaturalPerson', '周某电', '110101199002199305', '13442685690', '示范市示范区幸福路242号', NULL, '申请公开某小区规划许可证', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, '2026-11-11', '涉及信息较多，需要调取档案', '王主任（head）', '2026-10-26', 'other.noCorrection', NULL, 0);
INSERT INTO public."Cases" VALUES (111, 1, '2026-0050', 'OrdinaryPost', '2026-10-23', '2026-10-23', '2026-10-23', 'NaturalPerson', '王某甲', '110101196506159669', '13365903177', '示范市示范区幸福路229号', NULL, '申请公开某小区规划许可证', NULL, '37563ca6-c5fc-44f5-8398-40a1bf6d9053', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-18', 'withheld.enforcementFiles', NULL, 0);
INSERT INTO public."Cases" VALUES (112, 1, '2026-0051', 'InPerson', '2026-10-24', NULL, '2026-10-24', 'LegalService', '示范某路有限公司', NULL, '13561230076', '示范市示范区幸福路184号', NULL, '申请公开某小区规划许可证', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-13', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (113, 1, '2026-0052', 'OrdinaryPost', '2026-10-31', '2026-11-02', '2026-11-02', 'NaturalPerson', '刘某町', '110101197001186851', '13269023682', '示范市示范区幸福路48号', NULL, '申请公开某项目环境影响评价批复', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', '2026-11-09', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-11-30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
INSERT INTO public."Cases" VALUES (114, 1, '2026-0053', 'Online', '2026-11-02', '2026-11-03', '2026-11-03', 'NaturalPerson', '刘某甹', '110101197407108853', '13557160417', '示范市示范区幸福路241号', NULL, '申请公开行政处罚决定书', NULL, '68d58f2b-7c52-4c5a-9516-ccb113c15a07', '2026-11-05', '请明确所需政府信息的名称、文号或者便于查询的其他特征性描述', '2026-11-26', '2026-11-19', NULL, NULL, NULL, '2026-12-01', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (115, 1, '2026-0054', 'InPerson', '2026-11-15', NULL, '2026-11-15', 'NaturalPerson', '赵某电', '110101197905154982', '13419167057', '示范市示范区幸福路181号', NULL, '申请公开学校招生划片依据', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-23', 'notProcessed.petitionOrComplaint', NULL, 0);
INSERT INTO public."Cases" VALUES (116, 1, '2026-0055', 'RegisteredPost', '2026-11-28', '2026-11-30', '2026-11-30', 'NaturalPerson', '张某甹', '110101196901122448', '13914808019', '示范市示范区幸福路237号', NULL, '申请公开学校招生划片依据', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
INSERT INTO public."Cases" VALUES (117, 1, '2026-0056', 'Online', '2026-12-01', '2026-12-01', '2026-12-01', 'NaturalPerson', '张某甴', '110101199301165662', '13912555348', '示范市示范区幸福路98号', NULL, '申请公开2024年度部门预算执行情况', NULL, '89a42d8a-1d56-4150-8f59-57b22b3d3f10', NULL, NULL, NULL, NULL, '2026-12-22', '涉及信息较多，需要调取档案', '王主任（head）', '2026-12-04', 'granted', NULL, 0);
INSERT INTO public."Cases" VALUES (118, 1, '2026-0057', 'Fax', '2026-12-03', '2026-12-03', '2026-12-03', 'NaturalPerson', '张某男', '110101196504124335', '13718179681', '示范市示范区幸福路196号', NULL, '申请公开某会议纪要', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
INSERT INTO public."Cases" VALUES (119, 1, '2026-0058', 'InPerson', '2026-12-04', NULL, '2026-12-04', 'SocialWelfare', '示范某项有限公司', NULL, '13567354725', '示范市示范区幸福路143号', NULL, '申请公开某项目环境影响评价批复', NULL, '434cc0a0-f660-4dfa-a7ad-f36dfc20d101', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
INSERT INTO public."Cases" VALUES (120, 1, '2026-0059', 'Online', '2026-12-05', '2026-12-05', '2026-12-05', 'OtherOrg', '示范行政有限公司', NULL, '13523202193', '示范市示范区幸福路18号', NULL, '申请公开学校招生划片依据', NULL, '806831b6-14f4-45b2-841f-b0be24365309', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);


--
-- Data for Name: CellOverrides; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Challenges; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Challenges" VALUES (1, 5, 'Review', '2025-03-21', '2025-05-20', 'Upheld', NULL);
INSERT INTO public."Challenges" VALUES (2, 17, 'LitigationDirect', '2025-04-18', '2025-06-17', 'Corrected', NULL);
INSERT INTO public."Challenges" VALUES (3, 39, 'Review', '2025-09-21', '2025-11-20', 'Other', NULL);
INSERT INTO public."Challenges" VALUES (4, 50, 'LitigationAfterReview', '2025-12-10', '2026-02-08', 'Upheld', NULL);
INSERT INTO public."Challenges" VALUES (5, 70, 'LitigationAfterReview', '2026-04-21', '2026-06-20', 'Corrected', NULL);
INSERT INTO public."Challenges" VALUES (6, 99, 'Review', '2026-09-29', '2026-11-28', 'Upheld', NULL);


--
-- Data for Name: Consultations; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Digests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Digests" VALUES (1, 1, '2026-12-06', '示范区人民政府办公室 政府信息公开申请办理提醒（2026年12月6日）
已超过答复期限：0件
5个工作日内到期：0件
补正告知期限将届满（收到申请后7个工作日内）：0件
办理中的申请共7件。', 0, 0);


--
-- Data for Name: FiledFindings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."FiledFindings" VALUES (1, 4, 3, 2025, 'identity.balance', 'Error', 'applications.newReceived+carriedOver=total+carriedForward.total', '三、收到和处理政府信息公开申请情况“总计”列：第一项加第二项之和为27，第三项加第四项之和为26，相差1（勾稽关系：第一项加第二项之和，等于第三项加第四项之和）', 26, 27);
INSERT INTO public."FiledFindings" VALUES (2, 4, 3, 2025, 'identity.row-total', 'Error', 'applications.newReceived.total', '三、收到和处理政府信息公开申请情况“一、本年新收政府信息公开申请数量”行“总计”列：印刷为25，六类申请人之和为24，相差1', 24, 25);


--
-- Data for Name: FiledReports; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."FiledReports" VALUES (1, 2, 2024, 2021, false, '367c91015a23c41e60796816d8a843964ed9146ff14d2d5ce7344c7cb86b70b7', '示范区教育局2024年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2025-01-10 02:00:00+00', 'gkb', '2025-01-10', true, '{"format":"2021","year":2024,"agency":"示范区教育局","published":"2025-01-10","proactive":{"regulations":{"issued":37,"repealed":16,"inForce":38},"normativeDocuments":{"issued":9,"repealed":30,"inForce":53},"licensing":{"decisions":28},"penalty":{"decisions":38},"enforcement":{"decisions":2},"fees":{"amountWan":12.67}},"applications":{"newReceived":{"naturalPerson":3,"commercial":0,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":1,"total":5},"carriedOver":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"granted":{"naturalPerson":2,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":1,"total":3},"partiallyGranted":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.stateSecret":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.thirdPartyRights":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.internalAffairs":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":0,"total":1},"withheld.processInformation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.enforcementFiles":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.administrativeQuery":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.notHeld":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.needsCreation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.stillUnclear":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.petitionOrComplaint":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.repeated":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.publication":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.excessive":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.confirmOrReissue":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.noCorrection":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.feeUnpaid":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.other":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"total":{"naturalPerson":3,"commercial":0,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":1,"total":5},"carriedForward":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0}},"reviewLitigation":{"review":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationDirect":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationAfterReview":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0}},"findings":[]}', '{37,16,38,9,30,53,28,38,2,12.67,3,0,0,0,1,1,5,0,0,0,0,0,0,0,2,0,0,0,0,1,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3,0,0,0,1,1,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}', 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 1, '示范区教育局', '{-2135794624,-2096934086,1396335961,1700364466,2033877763}');
INSERT INTO public."FiledReports" VALUES (2, 2, 2025, 2021, false, '39515160c9d99f99ac410f939fd3b8c7219284b35a4f7b7db83585ae06a08959', '示范区教育局2025年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2026-01-10 02:00:00+00', 'gkb', '2026-01-10', true, '{"format":"2021","year":2025,"agency":"示范区教育局","published":"2026-01-10","proactive":{"regulations":{"issued":29,"repealed":21,"inForce":33},"normativeDocuments":{"issued":33,"repealed":25,"inForce":74},"licensing":{"decisions":28},"penalty":{"decisions":38},"enforcement":{"decisions":0},"fees":{"amountWan":288.40}},"applications":{"newReceived":{"naturalPerson":2,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":2},"carriedOver":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"granted":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"partiallyGranted":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.stateSecret":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.thirdPartyRights":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.internalAffairs":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.processInformation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.enforcementFiles":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.administrativeQuery":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.notHeld":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.needsCreation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.stillUnclear":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.petitionOrComplaint":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.repeated":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.publication":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.excessive":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.confirmOrReissue":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"other.noCorrection":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.feeUnpaid":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.other":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"total":{"naturalPerson":2,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":2},"carriedForward":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0}},"reviewLitigation":{"review":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationDirect":{"upheld":0,"corrected":0,"other":1,"pending":0,"total":1},"litigationAfterReview":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0}},"findings":[]}', '{29,21,33,33,25,74,28,38,0,288.40,2,0,0,0,0,0,2,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0}', 0, 0, 2, 0, 0, 0, 0, 1, 0, 1, 2, '示范区教育局', '{-2135794624,-2096934086,1396335961,1700364466,2033877763}');
INSERT INTO public."FiledReports" VALUES (3, 3, 2024, 2021, false, '41870c62b8c7d29d9a1ef3125dc791d653ebec9bdc919c6f3cb414e30fe6c43b', '示范区住房和城乡建设局2024年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2025-01-12 02:00:00+00', 'gkb', '2025-01-12', true, '{"format":"2021","year":2024,"agency":"示范区住房和城乡建设局","published":"2025-01-12","proactive":{"regulations":{"issued":30,"repealed":3,"inForce":81},"normativeDocuments":{"issued":37,"repealed":23,"inForce":61},"licensing":{"decisions":8},"penalty":{"decisions":34},"enforcement":{"decisions":9},"fees":{"amountWan":35.59}},"applications":{"newReceived":{"naturalPerson":24,"commercial":2,"research":0,"socialWelfare":2,"legalService":1,"otherOrg":2,"total":31},"carriedOver":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"granted":{"naturalPerson":13,"commercial":1,"research":0,"socialWelfare":1,"legalService":0,"otherOrg":0,"total":15},"partiallyGranted":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.stateSecret":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.thirdPartyRights":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.internalAffairs":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.processInformation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":1,"legalService":0,"otherOrg":0,"total":1},"withheld.enforcementFiles":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.administrativeQuery":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"unavailable.notHeld":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.needsCreation":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"unavailable.stillUnclear":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":1,"total":1},"notProcessed.petitionOrComplaint":{"naturalPerson":3,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":3},"notProcessed.repeated":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.publication":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":1,"total":1},"notProcessed.excessive":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.confirmOrReissue":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.noCorrection":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"other.feeUnpaid":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.other":{"naturalPerson":2,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":2},"total":{"naturalPerson":24,"commercial":1,"research":0,"socialWelfare":2,"legalService":0,"otherOrg":2,"total":29},"carriedForward":{"naturalPerson":0,"commercial":1,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":0,"total":2}},"reviewLitigation":{"review":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationDirect":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationAfterReview":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0}},"findings":[]}', '{30,3,81,37,23,61,8,34,9,35.59,24,2,0,2,1,2,31,0,0,0,0,0,0,0,13,1,0,1,0,0,15,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,1,1,3,0,0,0,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,2,0,0,0,0,0,2,24,1,0,2,0,2,29,0,1,0,0,1,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}', 0, 0, 31, 2, 0, 0, 0, 0, 0, 0, 3, '示范区住房和城乡建设局', '{-2096934086,-1950458816,1315004154,1330602559,1396330319,1418483662,1473138273,1593478078,1648317580,2033877763}');
INSERT INTO public."FiledReports" VALUES (4, 3, 2025, 2021, false, 'a74f9d97556a689a551d8381999c346a5224b0faec7efb9d44a1ca4cb7855dac', '示范区住房和城乡建设局2025年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2026-02-08 02:00:00+00', 'gkb', '2026-02-08', true, '{"format":"2021","year":2025,"agency":"示范区住房和城乡建设局","published":"2026-02-08","proactive":{"regulations":{"issued":17,"repealed":30,"inForce":32},"normativeDocuments":{"issued":21,"repealed":24,"inForce":84},"licensing":{"decisions":31},"penalty":{"decisions":3},"enforcement":{"decisions":24},"fees":{"amountWan":97.87}},"applications":{"newReceived":{"naturalPerson":16,"commercial":0,"research":0,"socialWelfare":3,"legalService":3,"otherOrg":2,"total":25},"carriedOver":{"naturalPerson":0,"commercial":1,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":0,"total":2},"granted":{"naturalPerson":7,"commercial":0,"research":0,"socialWelfare":2,"legalService":2,"otherOrg":1,"total":12},"partiallyGranted":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.stateSecret":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.thirdPartyRights":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.internalAffairs":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.processInformation":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.enforcementFiles":{"naturalPerson":0,"commercial":1,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.administrativeQuery":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"unavailable.notHeld":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.needsCreation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.stillUnclear":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":0,"total":1},"notProcessed.petitionOrComplaint":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.repeated":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.publication":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":1,"total":2},"notProcessed.excessive":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.confirmOrReissue":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":1,"legalService":0,"otherOrg":0,"total":1},"other.noCorrection":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.feeUnpaid":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.other":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"total":{"naturalPerson":13,"commercial":1,"research":0,"socialWelfare":3,"legalService":3,"otherOrg":2,"total":22},"carriedForward":{"naturalPerson":3,"commercial":0,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":0,"total":4}},"reviewLitigation":{"review":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationDirect":{"upheld":0,"corrected":0,"other":1,"pending":0,"total":1},"litigationAfterReview":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0}},"findings":[{"rule":"identity.balance","severity":"error","where":"applications.newReceived+carriedOver=total+carriedForward.total","message":"三、收到和处理政府信息公开申请情况“总计”列：第一项加第二项之和为27，第三项加第四项之和为26，相差1（勾稽关系：第一项加第二项之和，等于第三项加第四项之和）"},{"rule":"identity.row-total","severity":"error","where":"applications.newReceived.total","message":"三、收到和处理政府信息公开申请情况“一、本年新收政府信息公开申请数量”行“总计”列：印刷为25，六类申请人之和为24，相差1"}]}', '{17,30,32,21,24,84,31,3,24,97.87,16,0,0,3,3,2,25,0,1,0,0,1,0,2,7,0,0,2,2,1,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,1,0,0,0,0,0,1,0,1,0,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,1,0,0,0,0,0,1,1,0,0,0,0,0,1,1,0,0,0,0,1,2,0,0,0,0,0,0,0,0,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,1,0,3,3,2,22,3,0,0,0,1,0,4,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0}', 2, 0, 25, 4, 0, 0, 0, 1, 0, 1, 4, '示范区住房和城乡建设局', '{-2096934086,-1950458816,1315004154,1330602559,1396330319,1418483662,1473138273,1593478078,1648317580,2033877763}');
INSERT INTO public."FiledReports" VALUES (5, 4, 2024, 2021, false, 'f5352e62b90b57e03906baed50848159b1865b9f37b81104a8218311b7d3649a', '示范区幸福街道办事处2024年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2025-01-14 02:00:00+00', 'gkb', '2025-01-14', true, '{"format":"2021","year":2024,"agency":"示范区幸福街道办事处","published":"2025-01-14","proactive":{"regulations":{"issued":23,"repealed":5,"inForce":44},"normativeDocuments":{"issued":17,"repealed":8,"inForce":24},"licensing":{"decisions":36},"penalty":{"decisions":21},"enforcement":{"decisions":28},"fees":{"amountWan":1.71}},"applications":{"newReceived":{"naturalPerson":15,"commercial":3,"research":0,"socialWelfare":0,"legalService":3,"otherOrg":1,"total":22},"carriedOver":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"granted":{"naturalPerson":6,"commercial":2,"research":0,"socialWelfare":0,"legalService":3,"otherOrg":0,"total":11},"partiallyGranted":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.stateSecret":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.thirdPartyRights":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.internalAffairs":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.processInformation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.enforcementFiles":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.administrativeQuery":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"unavailable.notHeld":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.needsCreation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.stillUnclear":{"naturalPerson":2,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":2},"notProcessed.petitionOrComplaint":{"naturalPerson":2,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":2},"notProcessed.repeated":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.publication":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.excessive":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.confirmOrReissue":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.noCorrection":{"naturalPerson":0,"commercial":1,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"other.feeUnpaid":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"other.other":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"total":{"naturalPerson":15,"commercial":3,"research":0,"socialWelfare":0,"legalService":3,"otherOrg":0,"total":21},"carriedForward":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":1,"total":1}},"reviewLitigation":{"review":{"upheld":1,"corrected":0,"other":0,"pending":0,"total":1},"litigationDirect":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationAfterReview":{"upheld":2,"corrected":0,"other":0,"pending":0,"total":2}},"findings":[]}', '{23,5,44,17,8,24,36,21,28,1.71,15,3,0,0,3,1,22,0,0,0,0,0,0,0,6,2,0,0,3,0,11,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,2,2,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,0,0,15,3,0,0,3,0,21,0,0,0,0,0,1,1,1,0,0,0,1,0,0,0,0,0,2,0,0,0,2}', 0, 0, 22, 1, 1, 0, 1, 2, 0, 2, 5, '示范区幸福街道办事处', '{-2096934086,-2007527341,-1873587554,1317755140,1386106507,1396334200,1584953743,2033877763,2039449687}');
INSERT INTO public."FiledReports" VALUES (6, 4, 2025, 2021, false, 'b2c237619c1e0dcedab9ee60a44fdf6d8a587d5b964362070b8351935436a859', '示范区幸福街道办事处2025年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2026-01-14 02:00:00+00', 'gkb', '2026-01-14', true, '{"format":"2021","year":2025,"agency":"示范区幸福街道办事处","published":"2026-01-14","proactive":{"regulations":{"issued":36,"repealed":18,"inForce":7},"normativeDocuments":{"issued":2,"repealed":25,"inForce":62},"licensing":{"decisions":16},"penalty":{"decisions":28},"enforcement":{"decisions":31},"fees":{"amountWan":224.78}},"applications":{"newReceived":{"naturalPerson":18,"commercial":1,"research":0,"socialWelfare":4,"legalService":2,"otherOrg":2,"total":27},"carriedOver":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":1,"total":1},"granted":{"naturalPerson":12,"commercial":1,"research":0,"socialWelfare":2,"legalService":1,"otherOrg":2,"total":18},"partiallyGranted":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.stateSecret":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":1,"legalService":1,"otherOrg":0,"total":2},"withheld.thirdPartyRights":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.internalAffairs":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.processInformation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.enforcementFiles":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.administrativeQuery":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.notHeld":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"unavailable.needsCreation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.stillUnclear":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.petitionOrComplaint":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.repeated":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.publication":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.excessive":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.confirmOrReissue":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.noCorrection":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.feeUnpaid":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.other":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"total":{"naturalPerson":18,"commercial":1,"research":0,"socialWelfare":3,"legalService":2,"otherOrg":2,"total":26},"carriedForward":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":1,"legalService":0,"otherOrg":1,"total":2}},"reviewLitigation":{"review":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationDirect":{"upheld":1,"corrected":0,"other":0,"pending":0,"total":1},"litigationAfterReview":{"upheld":1,"corrected":1,"other":0,"pending":1,"total":3}},"findings":[]}', '{36,18,7,2,25,62,16,28,31,224.78,18,1,0,4,2,2,27,0,0,0,0,0,1,1,12,1,0,2,1,2,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,2,1,0,0,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,18,1,0,3,2,2,26,0,0,0,1,0,1,2,0,0,0,0,0,1,0,0,0,1,1,1,0,1,3}', 0, 0, 27, 2, 0, 0, 0, 4, 1, 3, 6, '示范区幸福街道办事处', '{-2096934086,-2007527341,-1873587554,1317755140,1386106507,1396334200,1584953743,2033877763,2039449687}');
INSERT INTO public."FiledReports" VALUES (7, 5, 2024, 2021, false, '675c6cf91ba4516a49fe400906b28e2aa6f4e0b49d11f5cd5ca4f7a68a5e1d42', '示范区和平街道办事处2024年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2025-01-16 02:00:00+00', 'gkb', '2025-01-16', true, '{"format":"2021","year":2024,"agency":"示范区和平街道办事处","published":"2025-01-16","proactive":{"regulations":{"issued":21,"repealed":30,"inForce":30},"normativeDocuments":{"issued":24,"repealed":11,"inForce":69},"licensing":{"decisions":13},"penalty":{"decisions":28},"enforcement":{"decisions":27},"fees":{"amountWan":178.50}},"applications":{"newReceived":{"naturalPerson":18,"commercial":0,"research":0,"socialWelfare":2,"legalService":2,"otherOrg":1,"total":23},"carriedOver":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"granted":{"naturalPerson":8,"commercial":0,"research":0,"socialWelfare":1,"legalService":2,"otherOrg":0,"total":11},"partiallyGranted":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":1,"total":1},"withheld.stateSecret":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.thirdPartyRights":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.internalAffairs":{"naturalPerson":2,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":2},"withheld.processInformation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.enforcementFiles":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.administrativeQuery":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.notHeld":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"unavailable.needsCreation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.stillUnclear":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.petitionOrComplaint":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":1,"legalService":0,"otherOrg":0,"total":2},"notProcessed.repeated":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.publication":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.excessive":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.confirmOrReissue":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"other.noCorrection":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"other.feeUnpaid":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"other.other":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"total":{"naturalPerson":18,"commercial":0,"research":0,"socialWelfare":2,"legalService":2,"otherOrg":1,"total":23},"carriedForward":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0}},"reviewLitigation":{"review":{"upheld":0,"corrected":1,"other":0,"pending":0,"total":1},"litigationDirect":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationAfterReview":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0}},"findings":[]}', '{21,30,30,24,11,69,13,28,27,178.50,18,0,0,2,2,1,23,0,0,0,0,0,0,0,8,0,0,1,2,0,11,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,1,1,0,0,1,0,0,2,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,1,0,0,0,0,0,1,1,0,0,0,0,0,1,1,0,0,0,0,0,1,18,0,0,2,2,1,23,0,0,0,0,0,0,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0}', 0, 0, 23, 0, 1, 1, 1, 0, 0, 0, 7, '示范区和平街道办事处', '{-2096934086,-2007527341,-1873587554,1317755140,1386106507,1396331660,1418485363,1584629847,2033877763}');
INSERT INTO public."FiledReports" VALUES (8, 6, 2024, 2021, false, '199b698d36f857b27d08cd530359b4cea626336db054fdbeeac423f15be151d4', '示范区卫生健康局2024年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2025-01-18 02:00:00+00', 'gkb', '2025-01-18', true, '{"format":"2021","year":2024,"agency":"示范区卫生健康局","published":"2025-01-18","proactive":{"regulations":{"issued":16,"repealed":4,"inForce":19},"normativeDocuments":{"issued":31,"repealed":13,"inForce":84},"licensing":{"decisions":0},"penalty":{"decisions":13},"enforcement":{"decisions":20},"fees":{"amountWan":249.36}},"applications":{"newReceived":{"naturalPerson":13,"commercial":1,"research":1,"socialWelfare":2,"legalService":1,"otherOrg":1,"total":19},"carriedOver":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"granted":{"naturalPerson":9,"commercial":1,"research":1,"socialWelfare":2,"legalService":1,"otherOrg":0,"total":14},"partiallyGranted":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.stateSecret":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.thirdPartyRights":{"naturalPerson":2,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":2},"withheld.internalAffairs":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.processInformation":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":1,"total":2},"withheld.enforcementFiles":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.administrativeQuery":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.notHeld":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.needsCreation":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.stillUnclear":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.petitionOrComplaint":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.repeated":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.publication":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.excessive":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.confirmOrReissue":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.noCorrection":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.feeUnpaid":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.other":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"total":{"naturalPerson":13,"commercial":1,"research":1,"socialWelfare":2,"legalService":1,"otherOrg":1,"total":19},"carriedForward":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0}},"reviewLitigation":{"review":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationDirect":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationAfterReview":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0}},"findings":[]}', '{16,4,19,31,13,84,0,13,20,249.36,13,1,1,2,1,1,19,0,0,0,0,0,0,0,9,1,1,2,1,0,14,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,2,0,0,0,0,0,0,0,1,0,0,0,0,1,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,1,1,2,1,1,19,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}', 0, 0, 19, 0, 0, 0, 0, 0, 0, 0, 8, '示范区卫生健康局', '{-2096934086,1348820663,1396331371,1399551263,1589075008,1964986469,2033877763}');
INSERT INTO public."FiledReports" VALUES (9, 6, 2025, 2021, false, '186f6f5d2d54b92f0e0350e34872d9c3f155f1fbb964a46c0998cee98c252229', '示范区卫生健康局2025年政府信息公开工作年度报告.docx', 'docx', 'Upload', '2026-01-18 02:00:00+00', 'gkb', '2026-01-18', true, '{"format":"2021","year":2025,"agency":"示范区卫生健康局","published":"2026-01-18","proactive":{"regulations":{"issued":8,"repealed":39,"inForce":18},"normativeDocuments":{"issued":3,"repealed":11,"inForce":55},"licensing":{"decisions":3},"penalty":{"decisions":32},"enforcement":{"decisions":13},"fees":{"amountWan":36.71}},"applications":{"newReceived":{"naturalPerson":10,"commercial":1,"research":3,"socialWelfare":1,"legalService":2,"otherOrg":0,"total":17},"carriedOver":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"granted":{"naturalPerson":4,"commercial":0,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":0,"total":5},"partiallyGranted":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.stateSecret":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.prohibitedByLaw":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.endangersSafety":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":1,"otherOrg":0,"total":1},"withheld.thirdPartyRights":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.internalAffairs":{"naturalPerson":0,"commercial":0,"research":1,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"withheld.processInformation":{"naturalPerson":1,"commercial":0,"research":1,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":2},"withheld.enforcementFiles":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"withheld.administrativeQuery":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"unavailable.notHeld":{"naturalPerson":0,"commercial":0,"research":1,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"unavailable.needsCreation":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"unavailable.stillUnclear":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.petitionOrComplaint":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.repeated":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.publication":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"notProcessed.excessive":{"naturalPerson":0,"commercial":1,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"notProcessed.confirmOrReissue":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.noCorrection":{"naturalPerson":1,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":1},"other.feeUnpaid":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"other.other":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":0,"legalService":0,"otherOrg":0,"total":0},"total":{"naturalPerson":10,"commercial":1,"research":3,"socialWelfare":0,"legalService":2,"otherOrg":0,"total":16},"carriedForward":{"naturalPerson":0,"commercial":0,"research":0,"socialWelfare":1,"legalService":0,"otherOrg":0,"total":1}},"reviewLitigation":{"review":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationDirect":{"upheld":0,"corrected":0,"other":0,"pending":0,"total":0},"litigationAfterReview":{"upheld":1,"corrected":0,"other":1,"pending":0,"total":2}},"findings":[]}', '{8,39,18,3,11,55,3,32,13,36.71,10,1,3,1,2,0,17,0,0,0,0,0,0,0,4,0,0,0,1,0,5,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,1,1,0,0,0,0,0,1,0,0,1,0,0,0,1,1,0,1,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,1,3,0,2,0,16,0,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,1,0,2}', 0, 0, 17, 1, 0, 0, 0, 2, 0, 2, 9, '示范区卫生健康局', '{-2096934086,1348820663,1396331371,1399551263,1589075008,1964986469,2033877763}');


--
-- Data for Name: ProactiveCells; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ProactiveCells" VALUES (1, 1, 2025, 'proactive.regulations.issued', 6.0000);
INSERT INTO public."ProactiveCells" VALUES (2, 1, 2025, 'proactive.regulations.repealed', 42.0000);
INSERT INTO public."ProactiveCells" VALUES (3, 1, 2025, 'proactive.regulations.inForce', 64.0000);
INSERT INTO public."ProactiveCells" VALUES (4, 1, 2025, 'proactive.normativeDocuments.issued', 28.0000);
INSERT INTO public."ProactiveCells" VALUES (5, 1, 2025, 'proactive.normativeDocuments.repealed', 24.0000);
INSERT INTO public."ProactiveCells" VALUES (6, 1, 2025, 'proactive.normativeDocuments.inForce', 159.0000);
INSERT INTO public."ProactiveCells" VALUES (7, 1, 2025, 'proactive.licensing.decisions', 38.0000);
INSERT INTO public."ProactiveCells" VALUES (8, 1, 2025, 'proactive.penalty.decisions', 26.0000);
INSERT INTO public."ProactiveCells" VALUES (9, 1, 2025, 'proactive.enforcement.decisions', 21.0000);
INSERT INTO public."ProactiveCells" VALUES (10, 1, 2025, 'proactive.fees.amountWan', 27.5200);


--
-- Data for Name: ProactiveItems; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ReportDrafts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ReportFiles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ReportFiles" VALUES (1, '367c91015a23c41e60796816d8a843964ed9146ff14d2d5ce7344c7cb86b70b7', '示范区教育局2024年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865d8ffd8d90930d0000ba0e010011000000776f72642f646f63756d656e742e786d6ced5d5b57dbc616fe2b2cbd1f7c079b15a7ebb467ade621e9ea4aba7a9e655b1835b2e5258b42fa640206dbd840ca25293817a7dc4e0a0602055b36e1bf349a91fcc45f386b24db90622e35c64866e7019022ed997d99fded3db36774efabe110d7f5332344593eeca56cdd56aa8b09fbf9001b0e7aa941b1ff5f6eeaabfbf786fa02bc7f30c484c5aee110178ef60d79a901518cf4592c51ff0013a2a3dd7c84090f87b87e5e08d162b49b178296215e084404decf44a36c3818e22c76abb5c712a2d9304548faf8c033f23ba2fdf85ed07e3d119f714cd750dfcf34e7a51e33115e107f60458ea1ba2cf7ef59eacf693fc4fbcab2a4a647515ac2f3bfa9cf3fa29d98dd6a77a2e21e9e3b4252563ecae1912d14df40e5183a58910fb3a8b887a4559c5a412f52849ca8111574d257e9cc038626b269dc1db910fb1c1bc1b1927c388b47e368fccf1b68434a7f8e8dc885124aadeb9c9de6f58256451f57fda5d3137d5c2361d33e8ef95660035aebda53ffed1a22fa76bb9d4eaa6ba84f7c1661bc546098ae3ef193bf46c1cf8445463879f16b5e08304254bbe223b5a7882d107d0ef5f9798e17bc9455fb476e447ff1525a1bd108ed67bc94b54a8b63fac56bbceee345910f5d8380c00607aed301361c6503cc836b53f8b1690a96330af1710fe967fca058d7683f3bcc9cd2fa370cc73da28513e50d69b4ceeabfaa9c212fe5ea6df4ff75e99f47a026dd732858ce74c7c73de4f9a73559e88cd71fac1b373162f267506003dff09cde80dde374579bfde2becdd3e33ae77ecf85cf5bbe684bd41b17f44ef8e9b0f824c2b16255a8c203e6b421397a3c84db81c7831ce3a568f1214347c53ad12a0dd1afffac5d5d321849279f44e870ad0d67f5fecfffe6d860b8c140b59c10bf8a5b6204a2882ad1a70c13f98e19161bbbe68d0d594aa3cc087e9d5336368ecb09b9103b2e272bb96203f7a475a3ca785b05a91bc45941b65f6055b01a8fa3fc05123a9711dd228dc008ce6e10984deca3e91772691fcf6f37c74e8fa1d891dee2cdf7d761c720da51a6b6d55c1a6793783e71193b9d351ceb123a2313756d4cf9e39dc1d4fadd60c8774aad673aede835d8b0baacc3b61eb349d80d4383f88ab923756d4c4d8fe2d81a5e98904bfb26d3a3c76403c5613599805d0e230d1453c6c6d21cc4c637161bbbdc9e9eab5884e3b683cce53165661c8defa2fc229edfae4c4c1b695cdd2a00e50b687acb24aabfcc5dda0d155798d15da2f826b84b7097e02ecf71974432878b1de22e210dababb52ca1c47e87a8d50e20785d10fc0340f0ce83209edb57f78a95891795f7af895164e6e5c3cc7179512e4ca0f8e8713969a461769b29842c4dca85453287a549ac43bca8cddeddd37ba98af555caa6a4d8a2c28824298c98db47896df46b5a0fdcced6682873bbead601d430400d03d4309c5fc3d07b4e4982cd564bd1bf2c79b0ba3d8deef7787a1bdfeef947b77b5bf7f48dd4526834f5f986ab6194c3a3d3bab2977fc408c1ba331498a8480b62bbe64a4e975f91429cc6eef7b89c20138c8997787e1b67f2cae2189afca4ac1fa2f8aeb25b920bd2717991c4978558255744a9777aac59c915e5e224fa357d5c4e2b9b49599ad29e49d69f414b4ba79eb920d03857d64e77afeb2ab2eebdbdb9270d9264493a17956e28986ab3ddfaf9b0c8860799760bfa6a76a2398e0661e36d0ebdb361e6c407656c5f96a4260682c3e9b65f4579aedb5ba1d89d27a320b180e2fb726941298d29a5892638d59cbdd155896325359f83c16edcc16e747f6590e235343f2e1716e5f2885c68663ad8307c286b2f947773382be137634df1d16b103e963fc9e54514df5096522d77a1b78109e8d324ce66502a677edde8c0765390660887d5fe19bf7f1c95dee84c6075838e566c8117b6f1dcfeb9935097945fdc86395fba50662c5f725977ad77a1bbb7660c2693aecd5cd2b5994bbaaef6a532a68384ea7eca142aee29a559f570a39320c1645ee04e74178c01a46b68db6d3f24684b5aed9f14bc2851d016acab5bff5651ea8d3233ae9466f19b6c1363de61b73aae8278f6b6f056df8a2b4b09b9b4a2439cb93c99fd2ee084c9ba0bb0d691d23559a6e3301dacddc0c4e039455ce6832989d4155446d751625c872952e19896c8a55642a62c8e1d97d368fa839acfa947bfc9851859a63f7c7f5c4ecb858c9acfe973bab59bcd94288063039403638018c2502867bee4cd3828a7d7491a29d9d412b22449c80a19594a349d90e9959eedaeaeb775a39d37b23485960e517e5f597b85b6c601670d979e19d15741d005d235abed02ceb604678d1317dc0e7adabbab29aa564aa5ef54c3bbf3e444b2d511bcf9de8cb3b37702a04cd65d300690aea16d17f014f0b40578eae846991d349dfa2b96950b49944fa2f8ba5c8829ebe44cadbf62afc1791a0e9a8ce88d004941ba66b55d405240d21620a9b35b3e7a8d53cbfaa66fbc50443309bc3b8f5f8f2a4b8dbe9d029e1360148c0182944e0901014601465b00a3aeeaf2a85c482a3b25341eaf8caecbd2244ae5f41d2680a486cbf08ce88d2021bd6b5b0c3b47ba80a480a42d40d29e7aa1d192b253528f2694f5491c5b0318055704306a745c02188584d41895bd77bde2a8b70aa3d55aa3e41a99d4cd2550e60006b6e1dc26a4a2205dc05098d435d8ee98bb8ea1ee2f31f4ed8abaf55e96262ffcb63904c780a1600cb71d50411e0a79e89ddc618a96968ecb49fcf21d49f7a667e44f4b26da618ab31b382ba1f8ae5cc8e0a9349ece294b0514df3d7d541fb803c85e011b6006b883675e602115b2d796ec39c51f73389b54a6b671624647cf4a36a6ae8ea0e955359746897df9b099730e21bc86d9603006c864014fefd45949c6e9efede4a78e6e35b782377f473353fa49f1683c8ef245b99421e9eaab292597073085e4149253484e21398583070d352d2c4b7327070f6a67ea9a685a583ecaa9f923b9f009a756706a5edd225b6c74083617e09aec90edce995133a231807441bab0ad06b2d7b69d405899c8a0e58c1971f34eb84a9375178c01a46b68db85555498f56dcdacefea08de79ae1753e9e7f4a20949492694e4ffc0731a0e978ce88a004641ba66b55d805180d1961c33486a92377f4787b3e4836e733b6879ad32318da62127bded116e328704600ad235abed02980298b6e4b0413d27adee4bd5b6cc28b9bc9a5fc68985ca44062f6ca30909c50fd0c14775ea004d2fc0de1983429611bd14202c48d7acb60b086bca5dabf1cde37252ff449ae9ca93f415555992fe96e156629f70f62df940b95636fc3936721aafe542068d677466517cfff416577d9219166a0d8a8146747b00d9205db3da2e403624c52d2970aa03b18ebc38fb01a793786e5fdd2b56628bcadb153d6b56ca7b8ab4abee1595b975006533790a933936006590ae596d17401940b935df69d5927a7092868320237a1d404c90ae596d1710f312b539ec564723bd050536f02442d735676fdba6d8c228392b315652f33973f924c75df0f826eb2e6c88e9c8efb3996ccfb6cb4800e5f0e82f5fe6f11d6df1f86869e9736c4429cdaa871b72611215f790b4aa94d694d2264abd696ecd11863d6000180320acc99214f2cbc735e54e757297bff880a1036c3878912b3e5bf3a01748a0e58c9acfd79766d4ada49a2fe3d1381affb301677556441f57d5818f6bd0a11f681fc77c2bb081aa26441f575595dbed6c5812f393bf819eb417bfe685002344b52b3e527b2aca86831c4328f9798e17bc9455fb476e447ff1525a1bd108ed67bc94b54a8b63fac56bbceee345910f5d8380701aea9b789f0d47d900f3e0da147e6c9a82e58c427cdc43fa193f28d635dacf0e33a7b44e4cfa112d9c286f48a37556ff55e50c792957c3f0b32efdf308d4a47b0e05cb99eef8b8873cffb4260b9df1fa8375e326465c0ba3bee1b96a039e9a44bfbc4d6aa22c37f474673669f942c86d0b96ed1ea7fb2ac1b2ab8548429cf4292419ea7bca3091ef9861b1a1d73eed9d9b88955deec690f877066dd65be650071c2325529a69b6bf66f39f094f29cde23759a5b487d323cd998769789448a167333c9a418ffa8a9dce69a7ea116d2fe2ec0794cf29a5d94ed563d313dbc647229cfda094a675245296f6f0d48afae781ba95ec48667536d1ccd4653c1a14976ee0dcf02b09b085eecae02c8016400b3769489d124a764ab8d8292161a7847de609ed0cc3018c7063e90346b8b946b871627d8316e4dc20e6dc487741ba205d3006186ae0c8c0ef02aa41cc60da98c1202546b234f7393682365fa1ecbab23826174aeaea48e565bef2fe159a4ee1b9a27ab474414dd1656d7fcd079e356e18bf7cf739f6bc29a217d74cc5370943da4c8cfe19679c5a412f52843969b2922b1a878f276c304c8b83823e5f7e36f75f96d4f4284a4b78fe37f5f947b413bb8956ec56bb0b15f76c389bb059f1cb95866d4419bfa8bfd5cff322233c66fa198109fb999371c5f4d3839c4875097d6cc04b3da67bfd368f8776d89d76a7d3e5eba5ba86435c38da2778a901518cf4592c51ff0013a2a3dd7c84090f87b87e5e08d162b49b178216bebf9ff533ffe1fd8321262c5aec566b8f4560385a64f97074808d44ab4338127cf24bedb8268f55ab9a18f052b61eb7435babe20596098b5e8a4841a0d9da126324f8881648c7f908390dc9a33dabd52079299bb357ab9dd26b96bc94cde3d6ae498d9397b2b9dcdac3035a8eeaa5dc2e1bb9d465e2a53c1e3bb90c0e8ada65ad3ec3cf73d193722ca7bdb64416e0fda47aa62e428e0d3351ad3136cc7ccf8afe01520fa5d7e0584e746021bd0b3cd3fe08544574ffff504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865d87a0533c9801000098010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f37666133326434653936613534363636626230613261316161326337366335382e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae69599e882b2e5b18032303234e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865d9206d4e10a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22523564326235396537343535363435613622202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f37666133326434653936613534363636626230613261316161326337366335382e70736d646370222049643d22523934373138316464326332353437313422202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865d3145f222d6000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d0314ec33014c6f1ab586f278e43486955b74b17d6aa1778759e130bdb2fb2dd929e8d8123710524606811030beb37fcf4d7f7fefab6decec18b33a5ec386a50550d82a2e1dec541c3a9d8bb47d86ed67bf2581cc73cba298b39f898358ca54c2b29b3192960ae78a238076f39052cb9e234c809cd330e249bbaee64ba36e0d61487cb447f11d95a6768c7e61428965f6099cbc5530671c03450d1205f38f5df6b35070fe2a9d7b0b7351ebbceaa1695693b5420e4bf2559e642e967d2d7aaae9a7061d47289f74ddbb4edc371f1d9246fbedf7c00504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865d8ffd8d90930d0000ba0e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481c20d0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a48191110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865d87a0533c9801000098010000510000000000000000000000a481941200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f37666133326434653936613534363636626230613261316161326337366335382e70736d646370504b010214031400000000007144865d9206d4e10a0200000a0200000b0000000000000000000000a4819b1400005f72656c732f2e72656c73504b010214031400000008007144865d3145f222d6000000b40100001c0000000000000000000000a481ce160000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a481de1700005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd010000181900000000');
INSERT INTO public."ReportFiles" VALUES (2, '39515160c9d99f99ac410f939fd3b8c7219284b35a4f7b7db83585ae06a08959', '示范区教育局2025年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865d5ef94a0e940d0000bb0e010011000000776f72642f646f63756d656e742e786d6ced5ddb53dbc61aff5718bd1f7ce36233713aa73d33cd43d2e9249d9e67d916468d6c796451a04f2660b08d0da45c92827371caeda4602050b06513fe9746bb929ff817ce48b20d29e652e3cbcaf9f2004859edee77d9dfefdbd5b7ab7b5f8d06b8ae9f1921ccf2413765ebb6525d4cd0cbfbd8a0df4d0d8b83ff72525fddbf3732e0e3bdc3012628768d06b8607860c44d0d896268c062097b8798001deee6434c7034c00df2428016c3ddbce0b78cf0822f24f05e261c6683fe0067b15bad7d9600cd0629ad4a0fef1bd37e87f41fdf0bfaaf27e218c7748d0cfc4c736eea3113e205f10756e418aacb72ff9ea55a4eff21de57d62435398192125efa4d7df601ed47ec567b2fca1fe2c55324a5e5d30c1edf45d16d548ca0e375f9248df28748dac08975f43ca15527ea950a46d5b7e9cc0386d67453bb3b722ef229328e2305f964014f44d1d49f4d68434a7e8a8ccbb9024a6c19925d94f59a56450f57fe65d4277ab85acaa63d1cf3adc0faf4d6f552ffed1ad1eced74f6f4505d2303e258887153be51ba5ce2276fa5062f131419e1fcc1af79c1c70861fd8a0f554a69bea0d97364c0cb73bce0a6acfa3fed46f81737a5b7110ed15ec64d59cb7571cca07887c73dbc28f2813b5420b0fea1bb74800d86591ff3e0ce35fc58770d964b06f1700fe9317e58ac5a74901d652e58fd1b86e31ed1c2b9f146f4ba2edbbf6c9c1137d5db5febffabdabfaa828a76afa8c172a93b1eee21cf3fade8c210bc5ab0eadc9a136b7ffa05d6f70dcf190dd85d3dce72b39fddb7b9fa7aafb8df776d79cb676d8946e382d1092f1d149f8438562c2b5578c05c7424479f4b9376e8f130c7b8295a7cc8d061b15a69b90ed16bfcac5cdd3018b54e3e09d1c14a1b3de5fb3fff9b63fdc11a03d5725ef96d6089113443942b7dca30a1ef9851b136346f6fcb5212a5c6f1ab8cb2bd7d568cc9b9c859315ecae46bc093de8db2e02d55a4e1109715d97a8595c96a2a8ab2d768e84a410c8f2441109cded668367684e69ecb8523bcb4579f387d448923bdc13befee220e21d65166f7d44c12a7e378297693389d351cab1abaa413757352f9e32d6166fd6e38e0b960d64b9db6bb081b563776d866320d3b1c303434ac583c553727d5e4048e6ce2e569b970d441762473a4f49a4cc3fd3d248d145306c7d22204c74d0b8e7b9daebedb7884a3dd51e6daa4323f85a60e5076052fed95a6e7481a576d65a06c0ecded9ac4f437e2bb9324b39a112e517407e012e012e0f20ab8d43473b2d22170e9200a2edbc982a828a1d8518798d54a9255cd49827f00097ef12488178fd4c37c69fa79e9dd2bcd29524bf249eaacb822e7a65174e2ac18276998b5133c656946cead688b58bac63a0445ed4e67f7cdab2fc66bcabab4d8a0cc88b89619b17884627be8d7a411b85d4ed250160fd4dd6348628024064862b83a89a1ff8a9c049bad129d7c9ef36075ba6addef73f5d7beddf78f6ef737ae74539229f43a8d50eb761ce5701975dd1ae51f3182bf0a8602131669416c55987831ff4acbc4a90dbf67c598b6c0187b8197f6702aabac4ca2998fcad6098a1e28070539279d1557b4f832172965f228f1d688354b99bc9c9f41bf26cf8a4965272e4bb37a9978b50c5a5dbd50e69a40e34a5df738fb7b6fa3ebfef685dd3a25c99274252b3529986ab1df7af9a0c8068799562bfa767ea203478db0b19d43ef729839fd5e993c9225a98e81e0e871da6f63bcdef6bda13858d246416c19458fe4c2b25298540ad37548aa833de9a6c491829acdc0602777b0938e578464afa1a52939b72217c7e55c3dcbc1c4c8a16c3e57de2ee2b4845f4fd625473f2172ac7d948b2b28baadac261a0ea1ede004f47106a753289131bf6d0c626b16a5110158ad5ff1fbc75169535702cb3b74f4640bbcbc87178fae5c84ba21fda21dee7ce35a205958728717409dd3ddb639036817b47b1b64f8e229a1bca13281f2874a61413dd9ee244af82250c064dd056700ed12edbbada704fd9556eb1705af9b28e82faccb7bff3650e2b5323fa51416f0eb743dabbb76abe33693207b4b64abeec595a5985c583728ce5c4866eb98b1d639dd055a03edb6df776da6a3b5262c0c5e91c4653e9a92b4bc82d2c4168a4d1934a565382625ed524f21535626cf8a4934f75ecd66d4d3dfe45c447b4d7ff2eeac98947329359b31d6742b37eb49510060039603678018c22c111ab0dc0d806ee4499234d9d42764716d42964bc952acee099991e9d9eaec7a5b37da7f2d4bb368f504658f94cd9768770a7896b8e919895805411768d7acbe0b3cdb109e2567f6db1ef6b47797a7a87a2a95b1530d1f2c6947926d8ce39d77665c9dfd2208ca64dd056700ed12edbbc0a7c0a70de05347374aeda3b9c45f91b49c8ba36c1c45b7e45c44d9d2ced4fa2bf20ac093386a22118d804941bb66f55d605260d20630694fb77cfa0a27d68c4ddf78398fe663f86009bf9a50566b7d3c05901368149c0182944e0901814681461b40a3bde5d7a3722eaeec17d054b434b1254b33289131769800931237c323118d60420ada35abef02930293368049fbaa8946abca7e413d9d56b6667064136894505e22118a804641bb66f55da051a0d106d0687f9946cbb946f14d6d51371343a963804de24889441c020e05ed9ad577814381431bc0a1cecf39f4cdbabafb4e9666aefdb839c026702838034428a68fff8043cdb8c314adae9e15e3f8c55b6dba37372f7f5c35d10e539cdec66909450fe45c0acf26f15c4659cda1e8c1c5a3fa8079899b0e92885e10868176cdeabbc0bc307b6dc89e53fc2183d37165760fc7e60df62ca523eac6389adb503349143b924fea39e710b619029f823340b4027cda212702c2190eb7db73aa66d6f1ceef687ed638291e4d4551362f1752da74f5e5ac92c902991237db2331c087c80ab46b56df85c9a91997856569f1fce041fd4c5d132d0bcba719357b2ae73ee2c43a4e2ca9bbda161b8382016389633012410b0817b46b56df05c285d96b4356834bd329b49602de24948848c41ee04dd0ae597d17781378b321270daa1be378ff99914c659cd38ba625251e53e2ff03e4248e97488422a051d0ae597d17681468b421c70c6a39c93bbfa39305ed836e8bfb686db3343d87e6604edaee116e3240023205ed9ad577814c814c1b72d8a031272def4bd5b7cc2899ac9a5dc3b1e5d2740a2fefa16909458fd1f10775f618cd2d9b71ef0c7cfd1b1816e297765316890c0b5fffeeb45dabd19db362dcf8449ae9d2938c37aab224fd6d865b8a7cc4e937da07caf5b4e14f91f18b7c2de752682a65088ba24717b7b81a8bccf0a216600f26c5444cdb488c8e4d46d9302986ed39cdfec46a95880de6c5e9f73819c78b47ea61be145951deac1bb366a578a84807ea615e59dc0252361352980cd8803640bb66f55d58a98695eac67ca7559fd4034812474124a20e302668d7acbe0b8c7983d91c76aba396ddfc02eb7b12a2ab96b3b76c536c6e423b2b315250b319736192fd4b407c937517560241bbedf75d3b4904e570190fdf84f88e96203e5a5dfd1419570a0beac9b69c9b41f943246d28854da5b08312afeb7be708c31e38009c0118d62cf14b9903b45f1eae2e3835aabbf9c1070ced6383feeba0f872ce83912081d6526a365b7d35a3eec6d56c114f44d1d49f3524ab8a227ab8b20d3c5c8d0efd407b38e65b81f5952d217ab8b2a99cce9e9a29313f796bd8497ff06b5ef0314258bfe24395526136e8e718ad262fcff1829bb2eaffb41be15fdc94de4638447b1937652dd7c53183e21d1ef7f0a2c807ee50817091eaeb789e0d86591ff3e0ce35fc58770d964b06f1700fe9317e58ac5a74901d652e585d73e947b4706ebc11bdaecbf62f1b67c44df5d60ceeabdabfaa828a76afa8c172a93b1eee21cf3fade8c210bc5ab0eadc9a1357c2a86f78aedc80aba2d1cf6f6b3951962695eecc262d9f29b965c1b2ddd5e3bc4db0dcdb4026d140fa02938c0c3c6598d077cca85813b52fa2731db172afb33625fe5d409bb5cd121a8443d2444a77cdd6e76cfe33e5298505fc3aad140e7172bc3ef7308d8c9296e8598f8c66b0a3f1c6ce90b453ed88f65670fa3dca6694c242a7dab1ee856df29908a7df2b8539838994d5433cbbaefe79aceec63b5258434c343f7b938c84f25213ce39bf95021b0857848b0056002b34d3913a2594ec9470b15342c24e09fbcc13da1123018c70b2ec0123dc5c239c9c589fd0849c26724e53ba0bda05ed823374f850abe7481b00b2a66a1770b733871ac40c5f768a912c2d7e8a8ca39d9728bda5ac4ccab982ba315e7a912dbd7b89e6127831af9eae5e93537453db5ff3beb1da0de3176f3f459ed555e9f53953d11d4d207d25c6f88c334eaca3e7094d3869a694c99323c713d61fa4c561c1582fbf3cf75f93d4e4044a4a78e937f5d907b41f69462b76abbd0fe50f6d381db359f18bf59a6d8419af683c35c8f322233c66061981097a9973d46206e9614ea4ba8401d6e7a61e7b690fed71f53bacb61e6f4f9fd543758d06b8607840705343a2181ab058c2de21264087bbf910131c0d7083bc10a0c570372ff82dfce020eb65fec37b87034c50b4d8add63e8bc070b4c8f2c1f0101b0a970132e47ff24be5b8269755cf9a187253b63ea7437f57c50b2c1314dd94a60581662baf1843fe47b4a0759c0f69a721b9f4b27a0e929bb2f5f4ebb95346ce929bb2b99cfab596e3e4a66cbd4ebdf0903e477553ce5e9b7669e8c44db95c76edd23f2cea9795fc0c2fcf85cfd3b17aec9557643edeab65cf5455c8b14126ac37c60699ef59d13ba4e54319393896731b58b4def9c6f43f7c6515ddff3f504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865d1a66cc499801000098010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f30633062643162353364353334613738616430343063383235343933326230622e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae69599e882b2e5b18032303235e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865d7efc0a910a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22523139313461373466383665363466333422202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f30633062643162353364353334613738616430343063383235343933326230622e70736d646370222049643d22526338633337663139643033613465303522202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865d63243c8bd4000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d0314ec33014c6f1ab586f2776c0a44d55b70b0b6bd50b38ce736261fb59b60be9d9183812576028438b185858bfe1a7bfbecff78fed7e099ebd622e8ea282b611c0301a1a5d9c149caabd5bc37eb73da0d7d5512cb34b852dc1c7a260ae356d382f66c6a04b4309e312bca51c742d0de589276d5ef484fc5e888ee76b036e4d763c27fc8b48d63a834f644e0163fd05e6a59e3d1660479d27ac0af81be5f17b6d96e0813d8f0a0ebdecac91ebd563dfb6d2ca0118ffb7244b5431ff4cbaaced5593d1831efad58368a5919db834f19bef775f504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865d5ef94a0e940d0000bb0e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481c30d0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a48192110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865d1a66cc499801000098010000510000000000000000000000a481951200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f30633062643162353364353334613738616430343063383235343933326230622e70736d646370504b010214031400000000007144865d7efc0a910a0200000a0200000b0000000000000000000000a4819c1400005f72656c732f2e72656c73504b010214031400000008007144865d63243c8bd4000000b40100001c0000000000000000000000a481cf160000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a481dd1700005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd010000171900000000');
INSERT INTO public."ReportFiles" VALUES (3, '41870c62b8c7d29d9a1ef3125dc791d653ebec9bdc919c6f3cb414e30fe6c43b', '示范区住房和城乡建设局2024年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865d15199d83d60d0000dd0e010011000000776f72642f646f63756d656e742e786d6ced5ddb53dbc61aff5718bd1f7c079ba9d339ed99691e924e27e9f43ccbb6306a64cb238b42fa640e186c63e3a4019203cec529b793828142892d1bf85f1aed4a7ee25f38b3926d4831971a6cef9acd032065b5bbdff5f77dbbdf4a5f7c391e12fa7ee2a4282f86bd8caddfcaf47161bf18e0c3412f332a0fffc3cd7c79ef8bb1a180e81f0d7161b96f3c2484a343635e6644962343164bd43fc285d868bf18e1c2e32161589442ac1ced17a5a0654c94021149f473d1281f0e86048bdd6a1db084583ecca02e7d62e029fa1d317e7c2719bf1ecb4f05ae6f6ce82756f0328fb88828c9dff3b2c0317d967b5f581aed8c1ff23d6d45d1d39320ada88759983806bfa4c1db39b5940765452f1c81dd98dd6a7782d23e9c3f064a4e3dcec3896d10df049518f8b8aa1ee640691f286b30b50a9ea750efb23186648e749db9dde758c4aae6b3538bb14fb109182bab872fe0641c4cffd1863194f4a7d8845a2c83d48649d9595a2f1955f609b55f667fb24f68c67bd62770df487cc018dd68f5efbe31247eb7dbe964fac686e4a711cecb04c6d95a8b1ffdf51efc5c58e6a4d307bf12a50027458d2b31526f85540389776cc82f0aa2e465acc63f7423fab39731c68846583fe765acb5be046e58bec1e33e5196c5d00d3a90f8e0c84d26c087a37c80bb7fe31e7e68b907cb3981f88407ec5371546e4874981fe7ce48fd6b4e101eb2d2a9f0c68cbececbbf269c312fe31a6cf6ff0dee5fd4419dbb17f46039371d9ff040149fd4796112de68d8506ea4c4e8cfa0c407be16057300bbc7e9ae0dfbd97d9b67c075c1fd814bdb5b3e1b4b360797cc49f8d9b0fc3822f0728da9d27deeac2239063c88da9147a302e76558f901c746e546a7b53e64bff9b37e758531a2493e8eb0e1fa18cedafd9ffe29f0c1701343b59c767e1db7c4494810b54e9f705ce45b6e5c6eeea9373755250d3213f0755edbdc3ca924d462eca492ace64b4ddc93318d1ae11d65a4a910e719d97986d5c06a3a0e0a9770e842424c8dc4811098db44309b3800d9e76af9002eecb446ce0056e4286fe1d6fb9b90838974b4b91d3d9f86b9245c485c454e6f99638343e778a2af4f69bfbdc34cacdf8e867c67c47a6ed20e2b666675e5840963b0db462d03b98af9637d7d4a4f4fc2d83a5c9c51cb0784c9d1314898a1d849b39401ac2c85c8d85899a7b171db626397db33701d8d70743bc85c99d29e4d83e93d5058820b3bd5992c4e76d555042a1441769b10d15f1958e0245512bd25886f516f49bd25f59617784bc499c3a51ef1960e274eeeb29b20082a0a481cf488583d3849954c10fc8d82e09d0741387fa0ef97aa33cfabef5f23a5c82ca8879993ca925a9c01f1c9934a122733eba6f3549559b5b884d6b00c8ef5881775b8fa5d577b527393b2252ede525d4412d545cc1f80c40e2ad93002b7f3251adafc9ebefd919630d012065ac2707109c3e0051509365b3d3af9bce2c1eaf634bb3fe0196c7e7be06fdd1ebcbdd66d29a530fa3443adeb6194c363f6756d2fff9093820d672871519995e44e858967abaf501d4e73f77b5249a0f5c5c44bb8b00333056d690acc1e691b8720bea7ed95d5a272525942f1653156cd9740ea9d196b56f325b5340b7e499f54d2da565255e68c36c9461bb0bc7ca6cd2581c685bc76ba075dd7e1f560f7c26e03925445b91095da144c75586ffd6258e6c3a35ca7197d3d3d311c4793b0b19ba6773ecc9cf9a04d1da88ad28221389c6efb7584e7eade06c5de02b282c422881fa8e545ad3ca595675aa0d470f6b88b12c6ca7a214f8d1d5f63c7dd5f6152bb0616a6d5e2925a99508bad2c07634387b6fe5c7b370f730a7c33d5121d8398d0b172a45696407c535b4eddba0bed062680a35998cb80549e7cd998c0d62e48c3c261757ec5ef6f47a56d5d09ac9dcf316a2de0e20e9c3fb87011ea8aea8b6ea8f39565634ebc9cc995f3256bba56c2b4812cee5e524148b97bf36d02ac0a34310385da81ca1428ed6be517fae1662f8182f52e3859c2a64b958172176bdded3c24189b5a9d5f16bc2c5530b6ac6b67ffd640ea8df66c5a2bbf806f722dd8bcc36e755c07f1ec1da1ad71165755126a79d58438b23c99cd7117c25b1c7d0396da40b98b9d3274cfd45cc4015b1b16072f28e4220fa814545b509ddc00896913a85095635a4197461999b63475524983ec07bd90d78fffab166368abfef0fd4925ad16337a216faeebd66fb652a64023f61e751584c11ce52ee52ec1e91b3e2867d64ae2946e1a295912a564c58caa245a4ec9cc6acf4e57d8dbfac1ee1b559903cb87a070a0adbf02dbd364b9d63b914110365d8ab394bbddd75dac76ce7a1267f1996f77d0d3de5f4b518d722af3b41adc5b402f255b9b805bef495c9fbd130045d874a93250ee62adbb144f299ede029e3afa41661764537fc6726a31090a4910df508b316d03bd56ebcfd86bea3cb183261cbd114552ca5d527597222945d25b405267bf7afc1aa656cc83df70b1049e25e0de027c3da92d37fb7c0af59c1446a932d020a55742400aa314466f01465db5ed51b598d476cb603a5e9ddc50955990ca9b674cc84252ba554a13529aee771b9a704452ba554ab74adbbb553ad028345ad676cbfaf18cb6310b63eb24c22861b67d27a64b63aa9ee42e61ba4b6194c2687b6174b006a3b55aa3e43a5ad4cd2740e623356cea87a897c717942886d2455d5ab58b43d5aefb730c7dbbaa6fbf5795d94b3f6f8ea361d3e55ceae549cd942886d23c14cf9324589e3005cbcb2795247cf90ea57bd967ead13241274c616e13e61410df538b19389786d9bcb65c04f1bdb32feb230b79ef84b3256cba54192877b1d65d5a92444b926ee5cc29fc3d0f73496d6e07269e99e859cdc5f4b509905dd3f3699038500f5b79d321cd64299ee2a00c345aa1dca53baaf41d0e1dca4f1dfd7a7e156efd0a9ecd99ef8a07d3715028a9e50c4a575fcd69f90259607a27fc2761d3a5cad093dc256c07869627f5d8b2b0aacc9fbe78d078a72e41cbc2ea715e2f1cabc523985a85a9057d1b1db13121982c2f40d80bed29e052ee920ab884e9ee259e81ae06d3d5e05b590daece64c04a8644dc24cc98efc474a93250ee62adbb1437296edeceaaefda04dcfd8f594c65bea717cc285a32a125ff473d2776b884a32ba2307ad7b84bd77be90bf0312d5beece2aaeb31fd5246ffd0a0e5fa00fbacdef8295f5ea4c166449cd4909b3700aa694bba4822961ba4b374fe9bb1dda0ba6ae5a4e5a3b976a1c99d1f205bdb002138bd5990c5cdc01330a887f041f7fd7e73e82ec223d3b43bd14d10915611840b94b577df14cffb02c4f02f1ad934ad2fc441a71e54966f6aa2aca5f32dc6aec08e6dea20f941b65c39f621367f15a2d66c074c62416c40fce1e7135179969528ca997a6a042b94b03229a146306d9f88418ddfac46a03884de485b90f309d84f307fa7ea91a5bd2deae9a59b356d9d7943d7dbfa4cd6fdc0550be132847d874a93250ee62adbbb47a8a82f2ed7ca7d548eac97292f6bb0041844d972226e56ef775f712cf4011f30a1b76d8ad8e66720b4a7ce071846d48cedeb143b1c549f4aec458592fe4c9f2497627592eff4e144bd1708572b7fbba6bf7e004510e8ff9f0553edfd1119f0f96973fc526b4f20bfd70532dce82d23e50d6b4f2ba56de02a937aded3ad2c894820055860e45043409bcad3405fdf2092db953b3bbab1fbccfb1013e1cbccc159fdf60317763c04a462f141a9b33fa76522f54e0641c4cffd184b20629b24fa8a98c4f6832a1ef599fc07d23f1811ad8c83ea1a6596eb7b3e90edb8ffe2650643cf895280538296a5c89917aab281f0e0a1ceac92f0aa2e465acc63f7423fab39731c68846583fe765acb5be046e58bec1e33e5196c5d00d3a90ce427d0bcff3e1281fe0eedfb8871f5aeec1724e203ee101fb541c951b121de6c7b93352472afd90954e853766f4755efe35e18c79195753d7d3e0fe451dd4b97b410f9673d3f1090f44f1499d1726e18d860de5464a5c0fa3be1685da009e3a473fbf8d36632d6d6add9b435a3e6372c78265bbc7e9be4eb0ecbac5601939e933483236f484e322df72e37253af7dd63bb700e02e77f3bce8af04daac5da6d0041c9c122943353b5fb5f9f798a7955fc03739adbc0fd313ada90731342aa8d4b3151a4990a3b9676752daab72043b4b30f70114f25af945afcab1e5a56dfc9108e63e68e5ac8944daf23e9c5bd5fff8a86f277b9258934cf06cee2a1a31c5a53694265e8b81b7e8ae3027814a814aa19d8ad42ba164af848bbd1212f64ad8474e68870d05d4c2f19207b570b22c1c9f581fd38a9c36624e5ba64bb94bb94b95819a1a7564d4ef5254a33103b13103262546aa32ff293601b65e81dc86b634a516cbfada44f565a1fafe15c8a6e07c493f5ebea4a6e8aab1bf12034f9b0f0c5fbefb14fb4f4b9d5e5e3315df4204192b31e6879c616a153c4f21e294d96abe840f1d8ff9609895472573bdfc7ceebfa2e8e9499056d4c32c4c1c835fd2e0ed9c5aca83b2a2178ec06eac1d83daad761728eddb602e61b3c397ab4dc788727ed97c6a5814654e7ac40d731217f673a766c60db3a382ccf449437cc0cb3c627d768fd3e3f6b10176d0e9f0bb99bef190108e0e495e6644962343164bd43fc285d868bf18e1c2e32161589442ac1ced17a5a0451c1ee6fddcbf44ff68880bcb16bbd53a609138819579311c1de123d19a4547828f7faebf0cc263358a2846bc8c6dc0ed30b6ae4489e7c2b297415c9058bebee318093e642534713182decae031da1a25495ec6e61c344aa9cc12262f63f3b88d6b54f2e4656c2eb7d178c44859bd8cdb654397264fbc8cc7634797c151d9b8ac976bf845217a5a9de5b4d777cc02a21f15d3345828f0612e6a0cc687b9ef78d93f82caa3cc921ccba90c2c687681a7c61f811a8beefd1f504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865d97e19430a7010000a7010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f36316437313731656131613134373932386232623930653335356165313437312e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae4bd8fe688bfe5928ce59f8ee4b9a1e5bbbae8aebee5b18032303234e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865d849c38a60a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22523064363938636430666234323432366122202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f36316437313731656131613134373932386232623930653335356165313437312e70736d646370222049643d22526239323731643765656636393430616322202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865de87a5fa1d6000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d0314ec33014c6f1ab586f274ed3401254b74b17d6aa1770ece7c4c2f6b36cb7a46763e0485c0109185ac4c0c2fa0d3ffdf5bdbfbe6d768b77ec8c295b0a0256550d0c83226dc324e054cc5d0fbbede6804e164b21cf3666b67817b280b994f8c87956337a992b8a1816ef0c252f4bae284d3c4af52c27e44d5d3ff0746dc0adc98e97887f11c918ab704feae431945f609ecbc56106769469c22280bf50d2df6bb57807ec490b38f48352f7cdd83583ee5bb9ee80f17f4b324405d3cfa4af7575d524c76668877e945a76ed5af59f4dfce6fbed07504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865d15199d83d60d0000dd0e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481050e0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a481d4110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865d97e19430a7010000a7010000510000000000000000000000a481d71200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f36316437313731656131613134373932386232623930653335356165313437312e70736d646370504b010214031400000000007144865d849c38a60a0200000a0200000b0000000000000000000000a481ed1400005f72656c732f2e72656c73504b010214031400000008007144865de87a5fa1d6000000b40100001c0000000000000000000000a48120170000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a481301800005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd0100006a1900000000');
INSERT INTO public."ReportFiles" VALUES (4, 'a74f9d97556a689a551d8381999c346a5224b0faec7efb9d44a1ca4cb7855dac', '示范区住房和城乡建设局2025年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865dc23f8582d30d0000dd0e010011000000776f72642f646f63756d656e742e786d6ced5ddd53dbc616ff5718bd5ffc09d84c9dce6def4cf390743a49a7f759b68551235b1e5914d22773c1601b1b270d905c703e9cf27553305028b16503ff4ba35dc94ffc0b7756b20d290653836dc99c3c0052a4dd3d1f7b7ee79c3dbbfae2cb8920d7f7132344583ee4a16cfd56aa8f09f9783f1b0a78a83171e41f2eeacb7b5f8c0ffb79df589009897d13412e14191ef750a3a2181eb65822be51264847faf930139a087223bc10a4c5483f2f042ce3bce00f0bbc8f8944d85020c859ec56eba02548b3218a34e9e5fd4fc9efb0f6e33b41fbf5587cca317de3c33fd19c877ac4847941fc9e153986eab3dcfbc2527f4efb21de53562535358552927c94c1f113f44b0abd9d978b395492d4fc31da8bdaadf601543cc00b2748caca27393cb983625ba81c451fd7e4a32c2a1e20691d27d7d0f324695dd4fa10f49eae33b6fb0c4d58d578747221fa293a89a325f9e8059e8aa1993fdad08794fa149d940b2594dcd4293b4feb15bd8a5eaefa4b6f4ff4728d784f7b39e61b81f56bbd6b4ffdbb6f9c88dfe5723aa9bef161f16998f150fe09bafac48fbe5a0b3e262432c2d98b5ff1829f1122da151fae3d45548388777cd8c773bce0a1acda3f7223f2b387d2fa8884691fe3a1acd5b6386644bcc1eb5e5e14f9e00d1a10d8c0e84d06c08622ac9fb97fe3167e68b905cb058178b907f4537e4cac4b74849d60ce49fd6b86e31ed2c299f0c6b5b62ecabf2a9c710f3530d4e8ffebdcbfac811a772f69c17261385eee01cf3fa9f14227bcfe605db98912933f0302ebff9ae7f40eec6ea7abdaed67f76deec1814bee0f5ef9bce5b3be44bd73411f848f0e898fc31c2b56992adc67ce2b9263d04da81d7d34c6311e8a161f307444ac375a6d43f4e93f6b574d262319e4e3301daaf5e1acdeffe99f1c1b083598a896b3c6af6396188108a2dae81386097fcb4c888d2df5d6962ca5507a12bfce295b5ba7e5b85c889e9613955cb18179d2865125bca38cd415e222233bcfb02a58cdc450fe0a0e5d4a88ae9146200467b708ccc60f51e6b95c3ac48bbbad9133682872a4b778fbfd4dc831887494f95d3597c2d9045e8c3723a7b7a6639d431778a26e4c2bbfbd339858bf1d0b7acf89f5c2a06d43069b56cd06ecb09a8cc30e3b4c0d622b164ed48d69353585a31b7869562e1d9a4c8e769bc9668add69320ebb9c460211533ac7d20238c76d738e075ceec1eb6884a3db5ee6eab4f26c06cdeca3fc325edcadcc668c34afba8a40f902caec9844f44d1d8b2b0009cce575cc258a6d83b9047309e6f21273493873b4dc2be6d248d6b29b2088ca128a1ff68854af0a720004af0782bf0108de7910c40b87ea41b132fbbcf2fe35518af4a27c943e2d2fcb8559149b3a2d278c34cdba693d65694e2e2c932496c6b11e31a3eea17ed7505311ebcb942d71f1962a2312a43262e110c57749d186e6b85d2cd25016f6d59d8f50c400450c50c4707911c3d0253509365b2da3f979cd83d5e56e747fd03dd4f8f6e0dfba3d747b4fb7a598426b534fc65d0fa31c6ebdad6b5bf9878c10a81b43818988b420762a9178befe8a54e23436bfa7e5384930c65fe2c55d9cce2bcbd368ee58d93c42b17d65bf2417a4d3f232f12f0bd14aae8892ef745fb3922bcac539f44beab49c52b613b234af3d93a83f835656ce3d7385a37129af9daea181ebf07aa87ba97a0d926449ba1495dae44c75586f7d7c486443634ca7197d3d3dd10c4703b7b19b53efa29b39fb41993e9425a98589e070baecd711de40f75628f617c92c882fa1d8a15c5a524ad34a69b6054a35636f7451e26849cde760b21b77b21bdd5e19a47a0d2dcec88565b93c29175a49071b860e65e3b9f26e016725fc66ba253a860c42c7eab15c5e46b12d652579eb26b41b98808ee770368d9239f3cb4607b676419a210c56e7337e7fdb2b6d6b26b0ba43472bb6c04bbb78e1f0d2245493f28b6ea873d392d04163199366e3b5de85e1764d1b1ce6e2aec35cdcb59b8bbbf681ce0533a60385ea96ca242a1e28a517ead1562f8182c98c6c2bb5da8009a00c30d56e13c23a0f09daa256e7d38257850ada927575f7df3a4abe519ecd28a517f84db60513e5b05b1dd7413c7b4768abefc695a5b85c5ad321ce5cb036741770c264c30567bc9db143f7d20ae6d25d9bf970ad0db9c14beab8cc875312292da84c6da2f88c8e53a4c83125914bad8a4c599e3e2da750e6839acfa927ff950b51b2527ff4feb49c920b69359fd3d3bab59bad542940f4063007cad0eb4e44efb86880724dc4a6974a1a29dad422b20489c80a69598ab71c91e9c59e9d2eb0b7f5a3bd37b2348f568e50fe50d97885766660f283ad0224302e7001ce02ce1a03678d13fd76073dedfdd51055aba6d237abe1fd45722ad9fa24de7e6fc6f46cef38d3bd335c5006e0aea17517e256c0d35bc053473f4aefa14cf2cf68562e24503e81629b7221aa6c9263b5fe8cbe06e369386832a235022405ee9a5577014901496f01499dfdf2c96b9c5cd5f77de3a5227a16c7fb8bf8f594b2d2e8fb29603901464119c049e9151710601460f4166074a0ba3c2a1712ca5e09cdc42a539bb2348792397d8b89b990d464e5801090027721dcefb66500240524bd05241dac171aad287b25f56456d99cc3d10d80518051c8eb1adda782f5678051a8383242c5d1501546abb546890d92d4cdc551fa234c6c889cc1ca03869a3d8d02a12854edb617435d9f63e8db3575e7bd2ccd5df97d73233ac790ce8548c9ac561ee250c05063ee2431e40e53b4b2725a4ee097ef48b89779261faf98688729ce6ee1ac8462fb72218de753389353560a28b67ffeac3e7321ef9d30b6261b2e280370d7d0ba0b0ba9b0907a2b7b4ef1ef399c4d28f3bb38fe4c47cf4a36aaae4fa2ccba9a4ba1f8a17cd4ca41876042014f4119c05b318b2f08780a787a2b7b4ed5dc1adefe153d9bd78f8a473331942fcaa53409575fcd2bb93c80a9e1a23d231a24f0acbab4a401a13f2caddec9b4b02c2d9c1d3ca89da96ba2b4b07c9253f32772e11827d7707251dd215b6c7408369715807558005c70670cec7d412d9309cfb3871308af970daecca6d16a1a70136c0f04aa900600dcbcebdf8101dcbc66d6777d12effd472fa6d2cfe945b39292882b89ff41f8092e3ce47b8d1bcf41a6a7573f130a306aae03f09dfda42679fb5774f4827cd06d610fad6e5466332863d698d46409a63b315c5006e0aea17517c01462d25b396c508f49abfb52b52d334a2eafe657717ca9329bc64bbb685642b18fe8e3efeafc47945982bd3306852c235a292322ec9d583a07ff05ca93eee6aed5d8f66939a17f22cd74e5497af42a4bd25f22dc4af41867df920f946b65c39fa293e7f15a2ea4d14c5a2716c50ecf6f71d593cc10141bd44a03a8007701b2212886855a4301b1fd0c8875e4c5d90f3895c00b87ea41b1125d56deaee951b3523e50a47df5a0a82c6c0228f708ca996cb810e901770dadbb90a9864cf5ed7ca7550beac1481a0e828c6875003181bb66d55d40cc266273d8ad8e46720b08acff7198ae4bcedeb14db18529725662b4a4e673e6b2493687b94c3eacdeb593bb26530687b9e69add5cdcb51baa96d7e1d65f6e66f31d1db1f96865e553745229bd508fb6e4c21c2a1e20695d296d28a56d947cd3daaa631735d364f31ec214e02e9cdfd391a9e66c8a01e497976bc99ceacd357ff13e43fbd950e02a537cb1ea412f9140ab69359faf2fcea83b09355fc6533134f34703caeaa4885eae6aeebc5c83017d4f7b39e61b81f5578d9ee8e5aa56d1e572362c8af9d1d7404eda8b5ff1829f1122da151fae3d156143018e212df9788e173c9455fb476e447ef6505a1f9130ed633c94b5da16c78c883778ddcb8b221fbc4103c279a86fe17d361461fdccfd1bb7f043cb2d582e08c4cb3da09ff263625da223ec04734eea44a51fd2c299f0c6b5b62ecabf2a9c710f35d010e5ebdcbfac811a772f69c17261385eee01cf3fa9f14227bcfe605db98912d7dca8af79aeda81bbc6d1cf6f93c5584b9b9eeecd2e2d9f31b963ceb2dded745dc7591eb845a78d18e97348323efc8461c2df32136243ab7dde3ab7e07c0eb81a7b9f7f25d066ed32853ae0182990d254b3f3559b7f8f794ae9057e93554a073835d99a7a98864689947ab642a319e4a8afd9e994f6aa1cd1ee32ce7e40f99c527ad1ab726c39b56d7c24c2d90f4a29a32391b27280e7d7d43f3eaa3b899e245627133d9b6f46a34171a90d9bf5afc5c05b3457062701a4005268a722f58a2bd92bee62afb884bde2f699c7b5330c0530c38d250f98e1e69ae1c6f1f50dba76dc46cc69cb7081bbc05d50861e9f6aad544282216b2b77c1eef6e654039fa1bb3b21ba5d62244b0b9fa29368fb15ca6e2acbd372a1a4ae4f565ee62bef5fa14c122f14d593952b6a8a9af5fd15ef7fdab863fcf2dda7e87f5a6af4ea9aa9d8362148cbc4e81f72c6c935f43c498893e62ab9a271e878cc0642b43826e8f9f28bb1ffaaa4a6a6504a928f32387e827e49a1b7f37231874a929a3f467bd176746ab7da0751f1c08eb371177eb9d6b08b08e313f59746785e648447cc082330211f7366c398117a8c13a93e6198f57ba8472eb78b1eb4314eda3fe477da9c5eaa6f22c88522c382871a15c5f0b0c512f18d32413ad2cf8799d044901be185202d46fa792160e14746581ff32fde37166442a2c56eb50e5a0486a345960f4546d970a46a2ec381c73fd78e6f725bb51a8a510f651b7439b4952b5e609990e8a10813049aad2d3886030f69810c9c0f934319dcdab35a459287b23987b44a2abd82c943d9dc2eed9a543c7928db804b7b78548b583d946bc0462e759e7828b7db4e2e0363a27659abd6f0f15ce4ac38cb69af2d98f9791fa9a5a9b39063434c44eb8c0d31dfb1a26f945447e9153996331958c8e8fc4fb53ffc5516ddfb3f504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865d0a270b45a7010000a7010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f35643934306432626462393434343762616235346130303963343236653165392e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae4bd8fe688bfe5928ce59f8ee4b9a1e5bbbae8aebee5b18032303235e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865dd1edfc800a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22523963666463663465616464313430313722202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f35643934306432626462393434343762616235346130303963343236653165392e70736d646370222049643d22523466653638356437383137383462616122202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865d6d0163f4d6000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d0314ec33014c6f1ab586f278e691a62d4b40b0b6bd50b38f6731261fb59b6dba66763e0485c0109185ac4c0c2fa0d3ffdf5bdbfbe6d768b77ec8429cf147a10550d0c83263387b18763b1771decb69b3d3a55660a799a63668b7721f73095121f39cf7a42af724511c3e29da5e455c915a59147a55fd488fcbeae5b9eae0db835d9e112f12f22593b6b7c227df418ca2f30cfe5e230033ba83462e9819f2999efb55abc03f66c7ad80f722ddad56ab06b818d941218ffb7244b5430fd4cfa5ac55553273bd50a6c9479308d6886cf267ef3fdf603504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865dc23f8582d30d0000dd0e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481020e0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a481d1110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865d0a270b45a7010000a7010000510000000000000000000000a481d41200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f35643934306432626462393434343762616235346130303963343236653165392e70736d646370504b010214031400000000007144865dd1edfc800a0200000a0200000b0000000000000000000000a481ea1400005f72656c732f2e72656c73504b010214031400000008007144865d6d0163f4d6000000b40100001c0000000000000000000000a4811d170000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a4812d1800005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd010000671900000000');
INSERT INTO public."ReportFiles" VALUES (5, 'f5352e62b90b57e03906baed50848159b1865b9f37b81104a8218311b7d3649a', '示范区幸福街道办事处2024年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865d227db0cad00d0000d60e010011000000776f72642f646f63756d656e742e786d6ced5d5b53dbd616fe2b8cde0fbe83cdd4e99cf6cc340f49a793747a9e655b1835b2e59145217db20f186c63e3a45c92030e89536e2705430a25b66cc27f69b4b7e427fec2195d6c4831971a5f24b3f2004891f6deebb2d7b7d6da6b6f7df1e5648819f889e2a2341bf612b6412b314085fd6c800e07bdc4383ffa0f37f1e5bd2f264602ac7f3c4485f981c910138e8e4c7889319e8f8c582c51ff181522a3836c840a4f869851960b917c7490e5829609960b4438d64f45a3743818622c76ab75c81222e930a134e963034f95df11f5c7779cfaeb31ff94a10626467e22192ff1888ab01cff3dcd33143160b9f785a5f19cfa83bf27ad0b72660a6504542e499b39b9f0a2165f40e935519843ebd376abdd89ca8778f1040979f1a480e37b28b183aa31f461433ccea3f2211236717a033d4f2b4df36a079cd6cd4d06769f22153e351f9a588a7d8ac571ac221e2fe0a9049af9a3037d08994fb1b858aaa0f4b646d9795aafe895f731fa2fad3ddec734633ce963a86f383aa0f6ae3ef5ef810945f66eb7d3490c4c8cf04f239497084c92fa133ffaeb2df8a9304f71672f7ec572018a8baa576ca4fe94a2178a6c2746fc2cc3725ec2aafe536e447ff6126a1fd108e9a7bc84556f8ba146f95bbcee63799e0ddda2018e0e8edd660074384a07a8fbb76ee187965bb05c10888f79403e65c7f9864447e949ea9cd4bfa618e621c99d096f426deba2fc75e14c7809d770b3ff6f70ffb206eadcbda405cb85e1f898072cfba4ce0b8df0c6830de5569458f933c8d181af5946ebc0ee71baf56e3fbb6ff30cb92eb93f74e5f396cffae2b5ce396d107e32cc3f8e3034af3395bb4f9d5724c79047a176ecd138437909927f409151bed1a8de06efd77ed6afae998cca201f47c870bd0fa77effa77f327430dc64a25ace1abf8959a23845107aa34f282af22d35c93737d33b3ba29041d9387e559076764eab49b1143bada66a857213f3a40e4327bcab8cd414e22223bbcf301dac6612a87805872e2544d348231082f33b0acc268f50eeb95839c24bfbad913364287284d778f7ed6dc8318874a4f97db990c1f9145e4a5e474e7f4dc706872ef044de9a967e7b6330b17e3b1ef29d13eb8541db1d069b56d70dd86532063b9d30331453b178226f4dcb99291cdbc2cbb362e5c86472b40d9b6ca2b84dc660bba1268a295d6361115ce38eb9c62eb767e8261ae1e8b58fb93e2d3d9b413307a8b88297f66bb33923cdab9e0250b184727b2611fd75e6d2316424b19ad15ca2c42e984b3097602e2f31970a678e57fac45cda6d463297bd4441541550f2a85fc47a45940328783314fc0d50f0cea3205e3c920fcbb5d9e7b5b7af14a5c82e89c7d9d3ea8a589a4589a9d36aca48d3ac97d65314e6c4d28a92c45239d62766d436387c3d3e6a8b942d31b14d751129a52e62f10825f7d12f19cd71bb58a2212d1ec87b1fa084014a18a084e1f21286e14b2a126cb67a88fe79c583d5ed69767fc833dcfcf6d0dfba3ddcbea73b524aa1b6a9e51b6e06510e8fd6d68d8dfc438a0b368c2147457992e3bb952b395f7da5d4e13437bfa7d5a492604cbec04bfb385b9456a6d1dc4769fb18250ea4838a58124eab2b8a7b598ad50a65947ea3b99ab542592ccfa15f32a7d58cb49b128579f59954e319b4ba7aee992bfc8c4b79ed740fbb6ec2ebe1dee59e54481205e15254ea902fd565bdf5b3619e0e8f53dd66f4cdf444351c4dbcc65e4ebd8b5ee6ec3b69fa481484162682c3e9b6df4478aedead501c2c29b320b98c1247626559aa4c4b95d91628558dbdd145896315b95880c96edcc96e747b6590da35b434239656c46a5c2cb5920e360c1dd2d673e9cd22ce0b786dba253a860d42c7fa47b1ba82123bd26abaed26b41798803ecee17c16a50be6978d066c9d82344318acee27fcfeb657dad144a0be3f472db6c0cbfb78f1e8d224d435e517bd50e76b53812e6319936beb20cc355cabb9b4c17a1794a17773cd5cdcb5dbbb17cc980e14f40d9569543e942a0bf2f14e3f8182c9ccc09d182e280370d7d0badb7d485017b5ba9f16bc2a545097acf5bd7f9b28bd263d9b912a0b782ddfc29c77d8ad8e9b209ebd2bb435f6e28a4252ac6c6810672e4b36642e9cb09b6bb8006b10ea98d525b3d94c876b1dc80d5e52c7653e9c1294d282dad4364ace6838a5d4386604e552ad229356a64fab19947b27170bf2c97fc5524c59a93f7e7b5acd88a5ac5c2c6869ddfacd56aa14c06187e80d94019c0843c19cf9a237e3a09c562a69a468538dc8524a4456ca8a42b2e5884c2bf6ec767dbd6d10bd5f138579b47a8c8a47d2d64bb43703386bb8f8cc88b60a9c2ee0ae59751770b62d386b1cbfa037e8691fd44354b59a4adbab860f969433c936e378f7ad19d3b37702a04c365c5006e0aea17517f014f0b40d78ea1844d9f72897fe3396174b29544ca1c4b6588a49dbcab15a7fc65e81f1341c3419d11a01920277cdaabb80a480a46d4052e7a078f20aa7d7b57ddf78b98c9e25f1c1127e3525ad36fb7a0a584e805150067052fac505041805186d038cbaf4e551b19492de57d04ca236b5ad7cac2c5dd0b698980b494db6f3090252e02e84fbbdb60c80a480a46d40d2a146a1d1aaf4be229fcc4adb7338b6654618bd13b864b2e1823200770dadbb00a300a36d80d1611d46f55aa3d49692d42d2451f683b9cc2684a280a1e0a1f41a948ce8ff4128dae9dd3177bd6ad7fd3986bede90f7de8ac2dc955f37070cbd6b7608e250e0ae59751730b4cf7698a2d5d5d36a0abf78a3847bb967e2c75513ed30c5f91d9c1750e2402c65f17c06e70ad26a09250ece9fd5672ee4359939b813c3056500ee1a5a7721030cd16b5bf69ce2df0b389f92e6f771f299869eb57c4cde8ca3dca65cc8a0e49178dcca41876042014f4119c05b318b2f08780a78da963da7726103effe8a9ecd6b47c5a399042a96c54a5609575fce4b85a2b9c0f44e1c586bb2e142700adcedbdee1aea4b2270f0e0edd3c2a2b07876f0a07aa6ae89d2c2e249412e9e88a58f38bd81d34bf29eb2c546836073d958005c005c70670cec7d01e0f62de01a67bcbd3a81b0369b45eb5933e2a6c926f39d182e280370d7d0ba0b812ae0667bb2be9b71fcfe3f5a3195764e2f9a15a454524afd0f2ca7e170c988a6086014b86b56dd051805186dcb31834a4df2eeafe87841f9a0dbe27bb4be559bcda19c596352d8970a600aae4aafd1c988600a7b6a2097dbd95cae4b8f49f57da9ea9619a950948beb38b95c9bcde2e57d342ba0c407f4e17779fe03ca2dc3de19b05210ae1a22a032a2336b32848570b5df76ad26764fab29ed1369a62b4fd2a2575110fe12e1d6621f71feb5f28172b56cf8532c7e1eafc55216cd64356251e2e8fc16572dc96cc6a0d86476e44ec4f0a00cc0dddeeb2e04c5101477bac0a901c41af2e2fc3b9c49e1c523f9b05c8bad48af37b4a859aa1e4ac2817c589616b7ef0228df099433d970019481bbbdd75d006500e5ce82b243ffee391849c3411020267017fc11c83c776ddf8bc36e7534f374821c1d781c211b1864ef56d6592c4d296725c62a72b1602e80b2b9cc65f21de61a2ec474c6530688986fb8c7dc50419dc3a3bd7c9dcd7774c5e6a3d5d54fb1b85459908f77c4d21c2a1f226153aa6c49955d945e6b6dd5113413c21450867e875893e5d0afc700e5978fb985b77ffd8bf729324087835799e28b0b2cda6a0c5acfcac562637146de4bc9c52a9e4aa0993f9a50d62085f731ba0c7c4c93017d4ffa18ea1b8e0ee892e07d8c2e2ab7dbd9b428e6477f1339a92f7ec572018a8baa576ca4fe54940e07194a69c9cf322ce725acea3fe546f4672fa1f6118d907eca4b58f5b6186a94bfc5eb3e96e7d9d02d1ae0ce437d0befd3e1281da0eedfba851f5a6ec17241203ee601f9941de71b121da527a973525754fa21c99d096f426deba2fc75e14c78095753d3d3e0fe650dd4b97b490b960bc3f1310f58f6499d171ae18d071bcaad2871dd8dfa9a65f40e3c758e7e7e5ba98ab274e8e9feecd2f21993bbe62cdb3d4ef74d9c65571b914431d2e7906462e4094545bea526f9a656fbbc756e01115deee690f857026dd61e53a8018e9102295535bb5fb5f9f798275516f05a5eaa1ce24cbc35f5300d8d8252ead90a8d6690a3b666a751daaf7244fb2b38ff0e150b5265a15fe5d8726adbf84884f3efa44a4e432269f510cf6fc87f7c90f7527d49ac46267a367f1d8d06c5a50e9cbd762306b6d15c199c04900248a1938ad42fae64bfb88bfde212f68bdb671ed7ce3014c00c37963c60869b6b861bc7d737e8fa5b0731a713ab9b3de46e4bc305ee765277411960aac154eb73bbdbcaf760c0ee02aa195c770d5262240a8b9f6271b4fb12e5b7a59569b1549137e3b517c5dadb972897c68b65f964f58a9aa2ebfafe8a0d3c6dde317ef1e653ec3f2d357a75cd5462572148cdc4681f72c6e90df43cad1027ccd50a65e3d0f1980e86497e9cd3f2e51763ff7541ce4ca18c80ca25693327175ed4e20b28bd260a73687dba133ddaad76172a1fda703e6973e2171b4dfb88527e5e7b6b9465798a7b448d521c15f65367738c1a25c7199e18e046e8809778e4f693437edfb027601f753949878b18980c31e1e808e725c6783e3262b144fd6354888c0eb2112a3c196246592e44f2d141960b5ad8d151da4ffd8bf58f87a8306fb15bad43168e62489e66c3d1313a12d5a77324f8f8e7fae14d1eab5a4131e6256c436e87ba6ec5723415e6bd84c2058ea4ebcb8d91e043925306ce4694b3913ceab36a3d9297b03987d53a2aad7ec94bd83c6ef55aa977f21236975b7d784c8d57bd84db65532e359e78098fc7ae5c06c779f5b25eabe16799e8596996d35e5f2e0bb07ea592a6c142860e5351b5333a4c7d47f3fe31a5364aabc7b19cc9c0a28c2ef054fd23a0b3e8deff01504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865d806e7991a4010000a4010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f32346639313234333133313134376439393366653064653333663433373039322e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae5b9b8e7a68fe8a197e98193e58a9ee4ba8be5a48432303234e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865dd07a170d0a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22523637656363323363613731653466636222202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f32346639313234333133313134376439393366653064653333663433373039322e70736d646370222049643d22526265383334386262376639313466616422202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865d762c40c1d6000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d0bd6ec2301486e15bb1cede38fc24840ac3d2851571038e7d9c58b57d2cdb94706d1d7a49bd854ad001aa0e5dba7ec3a357dfe7fbc7663779c7de30654b41c0acaa816150a46d18049c8a79ea60b7dd1cd0c96229e4d1c6cc26ef42163096129f39cf6a442f734511c3e49da1e465c915a58147a95ee5807c5ed72d4ff7063c9aec7889f817918cb10a5f489d3c86f20bcc73b938ccc08e320d5804f03325fdbd569377c0f65ac0a1ee4cbbe8f5bad7a659aa1502e3ff9664880aa69f49b77576d7d429d9aa7eb5d673d32ce5a2b936f187efb75f504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865d227db0cad00d0000d60e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481ff0d0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a481ce110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865d806e7991a4010000a4010000510000000000000000000000a481d11200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f32346639313234333133313134376439393366653064653333663433373039322e70736d646370504b010214031400000000007144865dd07a170d0a0200000a0200000b0000000000000000000000a481e41400005f72656c732f2e72656c73504b010214031400000008007144865d762c40c1d6000000b40100001c0000000000000000000000a48117170000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a481271800005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd010000611900000000');
INSERT INTO public."ReportFiles" VALUES (6, 'b2c237619c1e0dcedab9ee60a44fdf6d8a587d5b964362070b8351935436a859', '示范区幸福街道办事处2025年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865d45f8a71fe30d0000d90e010011000000776f72642f646f63756d656e742e786d6ced5ddb53dbc61aff5718bd1f7cc5d84c9dce69cf4cf390743a49a7e7d997c5a891258f2c0ae9937dc0601b1b9372490e38244eb99d140c2994d8b209ff4ba35dc94ffc0b6724d9861473a9c178d7d93c0056a4ddfd2efbfdbe6ff7b7f2175f8e87b9be9f80186505decbd8faad4c1fe0034290e5435e66541afe879bf9f2de1763434121301a06bcd4371ee6f8e8d098971991a4c890c5120d8c80b02fda2f44003f1ee6860531ec93a2fd8218b28c096230220a01108db27c28cc59ec56abcb12f6b13ca337e917824ff5df11e3c777a2f1ebb1f494037d63433ff9382ff308440451fa9e9538c0f459ee7d6169de67fc90eea96bb29699801919964bea464e2b3cafc5e7617a559167e0daa4dd6a1f80e503b4700ce5bc725c40f15d98d886d5187cbfae1ce561f900ca1b28bd0e9fa5f5a625a303d1ece63a03bb0f7cba9e5a0f4d29c53ec6e22856518ee6d144024efdd1813ee4ccc7585c2955607acb94ecacac97f42af9b9fa2fb33dc9cfb552bccfcf816f443668f46edcf5efbe31ddf66eb7d3c9f48d0d494f23c0cb04c77df53b7e0c345a08005e02e2e9835f0962108851e3931069dca5fb856edbb1a180c009a297b11afff40bd19fbd8cd14734e20b002f63adb7c58161e9068ffb054912c2376840644323371900cb47d920b87fe3167e68bb05cb3983f8b907bea7c2a8d4b4e8303b0ece58fd6bc0710f7de2a9f1c68cb6cedbbf6e9c312f3330d8eaff9bdabfa88186762f68c1726e387eee81203c69e8c214bc7963d3b97527d6ff0c896cf06b81333bb07b9cee7ab79f5cb7795c03175c775d7abfe593be24b373d11c44c0c74b8f231c2bd5952ade07671dc9e1f2e8d28e3c1ae58097f1490f802f2a351badb72105cc9f8d4f574c467d908f233ebed187b37efda77f726c886f31512da78d5f272c01513744bdd1270044be05e352eb30bdbdadc819988da39705757bfba49a544ab1936aaa5628b7084fc630ea82dfa9224d8738afc8bb57581daca612b07889862e14c4f4481c0441f96d1d66938730f74ca91ca2c5bdf6c47161258efc0aedbcb989389858479dddd30a19944fa1c5e455e2f4d6746c6ae89c4eb4cd49f5b7d79899f5dbd1b0ff8c59cf0ddae1c26c5a5d35609b9b300d0fd299a1878a85636d7352cb4ca0d8265a9a562a878499d14ed83cb10f10a660971d27082132359617686adcb1d478c0ed715dc7231cddce31d726d5b92938b50f8bcb6871af369dc3695e7515808a2598db25c4f457e64197246e345c5e275cc2c40e0d97345cd2707941b8d43573b4dc23e1d27e49d9f879a120acca3079d8236675d870322b8945034cfc4651f0b34741b470a81d946bd3cf6a6f5eea4e915d548eb227d565a5340d131327d5144ed3ac9bd153916794d2b2be886568ac47c2a8ddeeec1fbc1a21cd6dcab6d4784bcc8894ce8c583884c93df84bc64cddce9334d4857d6df73d253150120325315c4c6218bc809360b335d2934f390f56b7a7d5759767b0f565d7dfba3c787b7777844c61b469e65ad7032987c76cebda61fe211043cd602882a8e413a5bbca13cff2af74264eebf07b524dea4b8cc9e768710f658beaf2249cf9a06e1dc1c4beba5f514af24975594f304bb15aa10cd3afcd64b356282be519f84be6a49a5177528a3c6bdc936ade035756cedc7349a671a1ae9deec181ebe87ab07b79b701498a2c5f884a1dcaa6eed86f03022fb1fc28b86b455fcf4f8cc0d1226fece6d43b9f674ebf55270f15596e6322389c6efb758c37d0bd3d8afd457d16249760e250a92ca99549b532dd86a446b0c7dd942856d18a053ad9f19decb8c72b4cd86b70714a292d2bd5b8526a6741181b39d4cd67eaeb059497d1ea645b720c6222c7da07a5ba0c13dbea4afad643683730017e9841f92c4c17c8b78d096c9d82342c02d6dd2ff9fdedacb4a34b81f5133a06dd022deda185c30b17a1ae206074c39d3bc2b0ec6030b972bc640dd74a963738c9d2ae9d2cedda09d32e566466cc40a17ea4320dcb076a655e3bdaee2550b07e0e4196b0e15267e849ed1296cf60c5c03136b5ee7e59f0b252c1d8b2ae9ffedb80e955756e4aadcca3d57c1b6676d8ad8eeb209efd4e646b9ec655e4a4525937218eb0b946580246586c202cf27e16ce40b57bf365104c81ad038b831710b9c8032a59e716d426b66072ca042a9de69891f58f068d4c5d9e3ca96660eead562c68c7ff554a317dabfee8cd4935a394b25ab160aeeb362eb64353a0193b2ddfa833f47a12d13b4b0f14e5ae309bc995c4a9dc344ab2945e9295b28a9c6cbb2433d99e774db1b7f5c377ab8a3c0b578e60f150dd7c0177a7e8e4a7b18a2201bec0457196e22c1e388b4ff5db1df4b4f7d74b54834e651e5743fb8bfa6bc936e268e70d89ebb3bd934cf7ce70a93350ed62edbbb46ea5787a0b78eae887d9773097fe3396574a29584cc1c496528aa95bfa9bb5fe8cbda4c1133b68c2311ae188a4846d2313b6d14998ef62f5de4dc2f63969657a1d2475f62bc72f517acd3cf88d96ca702e89f617d1cb0975254dd6dc262c7212168a088351aa5daa5d8279b01446c95ae01da86f8f2aa594faae02a712b5892dfdfbcad205f38c0959c19322297ec1932229d56ef7b3408aa4b420ed2c92ba9a44a315f55d453b9e56b766506c934418fd2c6a10c2864b9d816a176bdfa505295dd7bd05181dacc3689d6b94dad417750b49987d4fc32676a084631ca2184ab54baaef520ca5187a0b18eafe14435fad6bbb6f1479e6d22f38a76193622875069aa1109fff510c25f184295c5939a9a6d0f3d77ab9979b533eac1074c214e5b7515e86897da59445b319942ba82b2598d83ffbb23eb290976ea4d2ea95ae0d741bca70445eba914a37523b7de614fd5e40f9943abb879273267ad6f2316d230e731b5a21039387ca513b6f3aa49b683d1a93e86a30d56e0ffa2ead64e96af0ad9c39d50aeb68e75738376bbe2b1e4e2560b1ac54b27ab9fa62562d14299862874e3806249a5951ed92eabb144c495c1656e485d3170f1aefd425685958392e68c563a5f401a5d7517a51dbd58fd898104c632c76088663d0a2804bb54baaef52c0a5d5ebadac06d7a6b3702d4b226ed25d548a9b342be93610e1889b741795eea276b6fc74f46b1b71f4ee3f2699ca7c4f2f9c96d554524dfd8fc2280d45b4fcc41797e8615f0aa3f4358338ace23afb754ef2ceaff0685eff42b78577706db3369d8339526b52c212e5cf62b8d419a876b1f65dba964bd7726fe56583664d5a3f976a1c99510b45adb886924bb5e92c5ada83d3324cbc87ef7fd766dfc3dc128967673e0bc8226cb8d419a876b1f65d8ab024d2936062e7a49a32bf228d387a9259bd2ab2fc970ab716fb80f2aff42f283768c31f63f1b378ad94b2702a6b0a0b1387678fb89a8bccb428c61403710c7b14b2a97649f55d0ad9b428be15825313884de445f9b72893420b87da41b9165b565fad9b55b35a3d50e57deda0ac2e6c51502629521016d8282853ed92eabb14942928dfcef7b41a453d594192f28d2962d27ca4db1084236252be71fb7c6387ddea6865b790c8061f477c4dcbd9efec506c69427f5762aca2150b840194bb67a60d8ec325aca673f4cc775ae3a85d3b61da75e154d4393ce6c357c57cc79dc47cb8b2f23116572bf3dad1b6529a81e503286fa8954db5b203d3abeded3a524e448fa67a8481008558aaddeb60561d03f45f7eaead706a3677f583f7812fc8f2a1cb42f179d6834991806b59ad586c6ece68bb29ad5845130938f5470bc99aa2487eae3e21fd5c8b017deff373e01b910dd6a7a5e4e7eaf3d6ed76b624c5fc186831698d07bf12c42010a3c62721d2b82bcaf2210ee82d05044e10bd8cd5f8a75f88feec658c3ea2115f0078196bbd2d0e0c4b3778dc2f489210be4103e259a86fe379968fb24170ffc62dfcd0760b967306f1730f7c4f8551a969d161761c9cb1baeed20f7de2a9f1c68cb6cedbbf6e9c312f33d032b037b57f51030ded5ed082e5dc70fcdc034178d2d0852978f3c6a673eb4edc48a3be16b87a079e86463fbdacb3a22c1dbabb37bbb47ca2e43b4b96ed1ea7fb3ac9f2c02da6157a903e93568c0d3d0120f22d18975a46edb3d1b98df468c0dd3a9dfbab80366b9725340107a742ca70cdbb676dfe3de5a99579b49a572b0728136fcf3d889151d6a99eedc848821dcd3d3b53d25eb523dc5b46f9b7b058502bf3bd6ac7b697b6f14722947fab56722612a92b0768765dfbe3bdb69bea49614d31e1dcec5532628a4b018197587e14dcb5026f315c612e02b502b542271da95752c95e49177b2525ec95b48f9cd40e1b09e80cc7cb1e74869335c3f1c9f531dd8ced20e67464b854bb54bb1838433b44023ad5682023d677091b6ef7508d30ed12963310a65d07f61423455ef8188bc39d1730bfa52e4f2aa58ab611af3d2fd6debc80b9345a286bc72b97708aaeeafb2b21f8b475c7e8f9eb8fb1ffb4d5e8e59ca9c48e2e90b112637e91334aafc367695d3879a65628e323c76336c4fba451d15c2f3f5ffbafc95a66026664582ea91b39adf0bc169f87e955459e816b939de8d16eb5bb60f9c086f2499b133d5f6fd947140424f3a961419080f8080c0311f001703ac7c0b06f9493983e71880d7a9947b6e0a0d36d75d95d4e3b70daac41a66f3cccf1d121d1cb8c485264c86289064640d817ed1722801f0f73c38218f649d17e410c5984e1613600fe250446c380972c76abd5651101e79358818f8eb091687d3a47428f7f6ebcbcc963351814235ec6e6723b8c7d2b4164012f79195d0ba28f6d6c3746420f7da23e7021a2bf1bc963dc6bf091bc8ccd3968f0a84cfe9297b179dcc6679defe4656c036ee3e611a35ef532ee019bfed1d48997f178ecfac7d0a8647c6c70350202173da56639ed8dedb2a010d099344d15722c0fa246672c0fbe63a5c088ce8d32f93896531b58f4d1059f1a7f04eb2abaf77f504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865d1da8e6e4a4010000a4010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f34316233623034643064343134626264396532396231633263653433646430622e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae5b9b8e7a68fe8a197e98193e58a9ee4ba8be5a48432303235e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865d6c7cce060a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22526232623635373566663736633463623622202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f34316233623034643064343134626264396532396231633263653433646430622e70736d646370222049643d22523265356335313335376665623437336222202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865d0c9c7bbbd6000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d0314ec33014c6f1ab586f2776d234b4a86e972eac552f60d9cf8955dbcfb25d9a9e8d8123710524606811030beb37fcf4d7f7fefab6d9cdc1b317ccc55194d0360218464dc6c551c2b9da8715ecb69b037a551dc532b954d81c7c2c12a65ad313e7454f18546928619c83b79483aaa5a13cf2a4f4498dc83b21069e6f0db837d9f19af02f2259eb34ee499f03c6fa0bcc4bbd7a2cc08e2a8f5825f00b65f3bd3673f0c09e8d84c3da0c7a61970babd6432fc41218ffb7244b5431ff4cfa5adb9ba6d63cf62b317443df61df0af3d9c4efbedf7e00504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865d45f8a71fe30d0000d90e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481120e0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a481e1110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865d1da8e6e4a4010000a4010000510000000000000000000000a481e41200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f34316233623034643064343134626264396532396231633263653433646430622e70736d646370504b010214031400000000007144865d6c7cce060a0200000a0200000b0000000000000000000000a481f71400005f72656c732f2e72656c73504b010214031400000008007144865d0c9c7bbbd6000000b40100001c0000000000000000000000a4812a170000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a4813a1800005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd010000741900000000');
INSERT INTO public."ReportFiles" VALUES (7, '675c6cf91ba4516a49fe400906b28e2aa6f4e0b49d11f5cd5ca4f7a68a5e1d42', '示范区和平街道办事处2024年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865de90af1a1cf0d0000d90e010011000000776f72642f646f63756d656e742e786d6ced5d5b57dbc616fe2b2cbd1f7cc5d8ac3a5da73d6b350f495757d2d5f3ec8b306a64c94b1685f4c93e60b08d0d49b924071c12a7dc4e0a86144a6cd984ffd26846f2137fe1ac916c438ab9d4d858329b07db12a399d997d9dfde337b465f7c391e66fb7ea28528c3735ecad66fa5fa682ec007192ee4a546c5e17fb8a92fef7d313614e403a3619a13fbc6c32c171d1af35223a21819b258a281113aec8bf6f3119a1b0fb3c3bc10f689d17e5e0859c678211811f8001d8d325c28cc5aec56abcb12f6311c45aaf4f3c1a7e43ba27d7c27685f8fc5a72cdd3736f4938ff5528fe8082f88df33224b537d967b5f581ae5b40ff19eb226a999099491d02f1954da57f32faaf179945e95a519b43669b7da9da87480178e9194938ff338be8b12dba812431fd6e5a31c2a1d206903a7d7d1f334a95ad41a10f466aed3b1fbb48ff0a979d7e462ec532c8e6365f9681e4f24d0d41f1d6843ca7c8ac5e56219a5b774caced27a49aba29fad7de9f5897eb619e37d7e96fe4660825aeb5aa97ff78d11d9bbdd4e27d53736243e8dd05e2a38eeab95f83150af214073222d9c3ef8152f046921aa5df1917a29a21744b66343019ee5052f65d5fec88de8cf5e4a6b231af105682f65add5c5d2c3e20d1ef7f3a2c8876f5081c084466ed201868b3241fafe8d6bf8a1e51a2ce704e2671ff89ef2a36243a2c3cc387d46ea5fd32cfbd0279c0a6f4cabebbcfc6bc219f3520383cdfedfe0fe4515d4b97b410d9673ddf1b30f78fe499d173ae18d820de5264a4c7e860426f835cfea0dd83d4e77add9cfeedb3cae810beebb2e2d6ff9ac2d516f5cd03b11f071e2e308cb8835a60af7e9b38ae4707908b5238f4659da4bf9c407b42f2a362aadd52106f4cffad515839174f271c4c7d5db70d6eefff44f9609714d06aae5b4f2eb98255a2082a855fa84a623dfd2e3627333bdbd2d4b19948de35779657bfba492948bb1934aaa9a2f35314f5a376a84df2a23758538cfc8db67580daca612a87009872e2444d74823108273db0466938768eeb95c3ec48b7bad91e3321439d26bbcf3f626e418443acaec9e9acfe05c0a2f26af22a7b786638343e778a26e4e2abfbd319858bf1d0dfbcf88f55ca7ed36830dabab3aecb09a8cc39775f8ce0c8d7c062f1cab9b936a6602c736f1d2b45c3e34991ced4e938d149bcd641c76798c34524ce91c4b0be01c77cc391e707b5cd7d10847b7bdccb549e5d9149ada478565bcb8579d9e33d2b8ea2a02158a686ed724a2bfd2be3b8c2456339a4b94d8017309e612cce505e69270e668b947cca5dd6d2473d94d14441509250f7b45ac834612ab3951f03740c13b8f8278e1503d2855a79f57dfbe224a915d948fb2279565b9388d121327959491865937ada72ccdc8c565328ba571ac47cca86dd0dd3f70a588f575ca96b8d8a6d48814498d583844c93d92b8a1796ee7b33494857d75f703643140160364315c9cc53078415282cd56f74e3e4f7ab0ba3dcdeebb3c83cd6fbbfed6edc1f695ee48368556a7ee6a5d0fa31c1ebdae6b5bf987b4106a1843818e8a3e41bc2d37f16c021649c5696e7e4f2a4932c3987c8117f770b6a02c4fa2998fcad6114aec2bfb65b9289d5496897f598c55f325947ea3fb9ad57c492ecda05f3227958cb29392a559ad4caa5106adac9c297389a37121af9deec181ebf07ab07b6eb70649b2245d884a1d72a66e596f033c2732dc287ddb8cbe9e9e6886a389dbd8cda177decd9c7ea74c1eca92d4c2407038ddf6eb086fa07b4b14fb8b6414249750e2502e2f29e549a53cdd02a59ab137ba2871acac16f230d88d3bd88d6eaf0c92be8616a7e4e2b25c89cbc556e6830d4387b2f95c79b38073125e9d6c898e4183d0b1f651ae2ca3c4b6b2926ebb09ed0626a08f33389745e9bcf965a3035ba720cd1006ebf667fcfeb657dad199c0da161d2ddb022fede185c30b27a1aec8bfe8863a5f3917e8369631b9aabfd6bbd0ddae6983dd5cdcb59b6cac998cbb86ca39321828d4f654a651e94029cfab47dbbd040a77c2c89aacbba00cc05d43ebeeed4382b6a875fbd38297850ada92756dfbdf064aaf2acfa694f23c5ecdb530e61d76abe33a8867bf15da1adb7165292997d7758833972583500760cdb4ceb8b9869ac95cb2cbb6cf1914d73a303778411e97f9704a22a905d5892d949cd2718a2439662472a9659129cb9327950c9a7ba716f2eaf17fe5628cacd41fbd3da964e462562de4f569ddfacd56b21460ecf5a8a980e80db86b56270250ae7594d353258d146d6a11598a4464c5ac2c255b8ec8f464cfdb4eb0b7f5a3f7abb2348b568e50e150d97c8976a700670d075c80b3c05d70697b7e96d46c386b9cfe76073dedfdb51055cba6d237abe1fd45722cd9461cefbc35e3f4ec9d00289375179401b86b68dd053c053c6d039e3afa51f63d9a4bff19cbc9c5142aa450624b2ec6942d72aed69fb157603c0d074d46b44680a4c05db3ea2e202920691b90d4d92f1fbfc2e9357ddf375e2aa16749bcbf885f4d282bcd5ea0029613601494019c945e710101460146db00a303b5e551b99852de97d154a23ab145de5796ceeb5b4ccc85a426db570601297017c2fd6e5b06405240d23620a9ab9168b4a2bc2fabc7d3cad60c8e6d9a1146ef042e99acbba00cc05d43eb2ec028c0681b6074b006a3b55ca3d42699d4cd2751f603984dc3819211ed10602870d7acba0b180a18da060c757f8ea1afd7d5ddb7b23473e90bcec16c028682328087627aff0f30d48c3b4cd1caca4925855fbc21e1dedc33f9e38a897698e2dc36ce4928b12f17b3783683e7f2ca4a1125f6cf9ed5672ee435d98673885e81bb3037d06dcb00c80bd16b5bf69ce2dff338975266f770f2998e9ed55c4cdd88a3b90d359f41c943f9a895830e61110df0149401e6dacde2ba029e029eb665cfa99a5fc73bbfa267b3fa51f1682a810a25b99c25e1eacb59255f30179842706abc680fd29380bbdd0753084e7bede04169e1f4e041ed4c5d134d0bcbc779b5702c173fe2f43a4e2faabb648b8d0ec1e6b2b100b800b8774b19c09d816d357002a11160d4de5f9dcea2b52ce0a6414d255876e02ee02604aa7072afa1c24f47bfba11c7efffa32753e9e7f4a26949492595d4ffc0270618850009c2cf1e760161f114164fdb72cc20c949def9151dcd9317ba2dbc476b9bd5e9393467d698b4774678ef74179401b86b68dd053005306dcb61837a4c5adb97aa6d9951f205b5b086934bd5e92c5eda43d3124a7c401f7e57673fa0b925d83b6350c832a295028405ee1a5a77213da9c7d2935062e7a492d25f9166baf4243d7a9525e92f116e35f611e75e9317946b69c39f62f1b3782d17b3682aab138b128767b7b8ea93cc660c8aef444e8bc9ba0b413170b7fbba0b900daf58ed748253038875e4c5b9773893c20b87ea41a91a5b565eafeb51b3523950a47df5a0a42c6c0128f708ca99acbb00cac0ddeeeb2e80328072a7b3a7f4a0de5c4612c258404cf0470cec3e0162123e0cba5c57cfe406784e64b851ba9393a1d7139bc36e7534eb6f4860828f23be46a7ecb7b629b63841ce4a8c95d542de6400e536d7b031d92837594c67b2b7f5b5d65d7006afc95d8791d28f1c1efde1ab6cbee3566c3e5a59f9148b2be579f5685b2ecea0d201923694f2a652de41e9d5d6561d612e07400094a1d721b6771c981a06902f3f7b036fffea07efd3be20c3852e33c5e7b31ef41409b496550b85c6e28cba9b520b153c9140537f34a1ac418ae8676b32f0b34d3af4bdcfcfd2df084cb02609d1cfd644e5763b9b26c5fc18682227edc1af7821480b51ed8a8fd44b45192ec4d2a4a600cff28297b26a7fe446f4672fa5b5118df802b497b2d6ea62e961f1068ffb7951e4c337a840380bf52d3ccf70512648dfbf710d3fb45c83e59c40fcec03df537e546c48749819a7cf489da8f4439f702abc31adaef3f2af0967cc4b0d34353d0dee5f54419dbb17d46039d71d3ffb80e79fd479a113de28d8506ea2c47537ea6b9ead35e0a973f4f3db242bcad2a1d2bdd9a4e53326df9ab36cf738ddd7719607da8824c4489f4192b1a127341df9961e179b5aedb3d6b905441c703787c4bf1268b37699421d708c144869aa79fb599b7f8f794a791eafe694f201cec45b530fd3d0289154cf566834831cf5353b9dd25e9523da5bc6b977a89057caf3bd2ac796a7b68d8f4438f74e29cfe948a4ac1ce0d975f58f0fea6eaa2789d5c944cf66afa2d1a0b8d48135a86b31b08de6cae0248014400a9d54a45e71257bc55dec1597b057dc3ef3b87686a10046b8b1e40123dc5c23dc38bebe41d7df3a88399d482006ee765419baa7bba00c86b30c60c880bba00c30d48ce433f48e2133488a912c2d7c8ac5d1ce4b94db529627e56259dd88575f14aa6f5fa2b9345e28a9c72b97e4145dd5f6577cf069f386f18b379f62ff69a9d2cb73a6123b84206d26467f91334eafa3e769429c3453cd978c43c76326c4f9c451419f2f3f1ffbaf496a66026524f44b0695f6d5fc8b6a7c1ea557656906ad4d76a245bbd53e804a07369c4bda5cf8c57ad336a27440d49f1ae67991161ed1c3b4407301fa748cd1c3be5156a4fa842126e8a51e0d7b86ed8383b4cde3737a9c6e8783ea1b0fb35c7448f05223a21819b258a281113aec8bf6f3119a1b0fb3c3bc10f689d17e5e0859f8e1612640ff8b0f8c86694eb4d8ad569745a0599fc8f05c748489446bc339127afc73fdf0268f55cba018f1523697dba1ad5bf1024373a297225c107c4c7db931127ae81348c7f908391bc9a395d5f291bc94cd39a8e551e9f94b5ecae6716bd724dfc94bd906dc5ae1112d5ef552ee011bb9d479e2a53c1e3bb90c8d8ada653d5723c0b3d1d3d42ca7bdbe5c16e4032493a6c14296e1e8a8d618c3d1df31626084e446e9f9389653195848ef824fb51fc11a8beefd1f504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865d88080863a4010000a4010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f64343439353336633431643934393535613731623333353562323738363564652e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae5928ce5b9b3e8a197e98193e58a9ee4ba8be5a48432303234e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865dbc2de7c30a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22526164623233343766653035663433646122202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f64343439353336633431643934393535613731623333353562323738363564652e70736d646370222049643d22526163633661663463393635333431373422202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865d09e08199d6000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d03b4e03311485e1ad58b767ec4986794471d2d0d046d980e3b99eb1b07d2ddb81c9da2858125b40028a0451d0d09ee2d3aff3fefab6dd2fdeb1674cd9529050570218064da30d93847331773dec77db033a552c853cdb98d9e25dc812e652e286f3ac67f42a5714312cde194a5e955c519a7854fa494dc85742b43c5d1b706bb2e325e25f4432c66a7c207df618ca2f30cfe5e230033baa346191c05f288ddf6bb57807ec71947038ddb7aa13276c85508d313d30fe6f4986a860fa99f4b5d6574d6630abaec37a50cdd0f4ebf56713bff97ef701504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865de90af1a1cf0d0000d90e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481fe0d0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a481cd110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865d88080863a4010000a4010000510000000000000000000000a481d01200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f64343439353336633431643934393535613731623333353562323738363564652e70736d646370504b010214031400000000007144865dbc2de7c30a0200000a0200000b0000000000000000000000a481e31400005f72656c732f2e72656c73504b010214031400000008007144865d09e08199d6000000b40100001c0000000000000000000000a48116170000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a481261800005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd010000601900000000');
INSERT INTO public."ReportFiles" VALUES (8, '199b698d36f857b27d08cd530359b4cea626336db054fdbeeac423f15be151d4', '示范区卫生健康局2024年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865de5e83e7caa0d0000cc0e010011000000776f72642f646f63756d656e742e786d6ced5d5b5722c716fe2bae7e3f7215c11526eb2467adccc34c56d64c56ce3397163bd3d0aca68d4e9e208a02823a1974e6287361e2edcc286a340a0d8eff25d355dd3cf917b2ba1bd08978098274e1f641ecb67b57ed4bed6fefaa5dc5175f8e07d9be9f683ec270213765e937537d74c8c7f99950c04d8d0ac3ff72525fdefb626cc8cff946837448e81b0fb2a1c8d0989b1a1184f090c914f18dd0414fa49f0bd3a1f1203bccf1418f10e9e7f880698ce3fd619ef3d19108130a045993d56c7698821e2644a924bd9cffa9fa19d67e7dc76b1f8f85a72cdd3736f4938775538fe830c70bdf33024b537da67b5f981acf69bf847bf28aa8a427505a44990f72f60d8aad22f110ed46ad66ab1d95f671f6188939e9388f63db28be892a5174b82a1de550691f896b38b58a9ea554a282469ad71bb84e97eed31e5542cd3b2515a39fa2311c2d4b47cff1441c4dfdd18136c4f4a7684c2a96516a43e7ec2caf97b42a78d9da874e4ff0b2cd44eef1b2f4373ce3d75ad79efa6fdf98aa75a7d36ea7fac68684a761da4df9c73db5277ef4d529f8e89040f3a72f7ec5f17e9a8f68575cb8fe946a11aa56c7867c1ccbf16ecaacfda837223fbb29ad8d48d8e3a3dd94b9468ba587851bbceee504810bde8000cf04466ed201261461fcf4fd1b53f8a1650aa6730af1b20f3c4fb951a1a1d161669c3ea3f5af69967de8e14f9537a6d13aafff9a72c6dcd4c060b3ff37a47f1181ba742fa0603ad71d2ffb80e39ed465a133de78b061dcaa11ab7f0678c6ff35c7ea0d585d7667add9cfee5b5c8e810bee3b2e7ddef4595b82de38af77c2e709098fc32c23d484cadfa7cf1a92cde152b91d7934cad26eca233ca03d11a141b44643f0e9bfeb57570c46b5938fc39e50bd0d7bedfe4fff669940a8c940359d12bf8e5ba279551135a24f683afc2d3d2e3477d09b9b92984699187e959737374f2a09a9183da924abf95213f7a475a3c6f8ad0a523788f382bc7d81d5c06a2a8e0a9748e84246748b34022338b7a9c26ce200cd3d93ca077861a735761c8662477c83b7dedd841d8368479edd51f2699c4be285c455ecf4d6706c48e89c4c94f549f9c35b83a9f5dbd1a0f78c5acf75dae230d8b0baaac376d204ec8291a1ba8aecb1b23ea9a42770741d2f4e4be503c2f468b31036502c36c224ecb41b0943888c8dc52cc4c61d8b8d079c2ec7752cc2d6ed207365529e9f42537ba8b0841776aad373461a575d45a04211cd6d13a2faabdca5d9485a25d15ba2f816784bf096e02d2ff096aa648e967ac45b5e160ddf2d10441511250e7a44ad5640c11ba3e00740c13b8f82387ba0ec97aad3cfaaef5ea9469159908e32279525a9388de213279524784fdd7b4ae28c545c5227b13489f58a1bb5bbfa6d8e2b11525fa66c0984da541991542b23b20728b1837e4deba1dbf9220d39bba76c1f42110314314011c3c5450c8317d424582cf524fdf39a07b3d3d5ecbec335d8fcb6e31fdd1e6cdfd31d29a6d068eab1d6f5427c9b4ba7756d37ff90e6030d67c8d311c1c30bb7355b72b6fe4aadc469ee7e4f2a09758631f1022fece04c415e9a44331fe58d2314df93f7ca52513ca92ca90166315acd9750eaad1e6c56f325a934837e4d9f54d2f256521267b567928d67d0f2f299672e89342e94b5dd3938701d590f766ff649832449142f44a50ee5a2b76cb73e2e2430a151fab6057d3d3bd11c4793acbb9b43ef7c963efd5e9e3c9044b1858160b33badd751de40f79628f616d451905844f103a9bc289727e5f2740b9c6acedee8aac4d1b252c8c36037ee6037babf3248f51a5a98928a4b522526155b9910360c1ff2fa33f96d16e744fc7ab2253e060dc2c7ca47a9b284e29bf272aaed2eb41b98803ecee05c06a5f2e4eb4607b64e419a211cd6ed2f98fce3a8b4a30b29b51d3a5ab5055edcc1d9830b27a1aea8bfe8863977a470ac83cee4cafede85ee76cd1aac205dc31943f76cd750c5cc060385da96ca142aedcbe5e7cad1662f8182992c43bd13dd056300e91ada766f1f12b445addb9f16bc2c55d096ac6bbbffd650eab53c3f25979fe3d7b916c6bccd6ab65d07f1acb7c25b6337ae2426a4f2aa0e71647932175938415ab848963140aa63bc18a77bb66b270ed73a303778411d17793825aaa505d5890d9498d2714aad724c8beaa55645262f4d9e54d268eebd52c82bc7ff938a5175a5fee8dd49252d15334a21af4febd66fb652a500017b8fba0ac8de40ba3d68bb807257a84d2f953452b6a965644935232b662431d17246a6177bdef6fe244b3fda7d2d89b368f908150ee4f597687b0a70d670c065445f054117489754db059c6d0bce1a27fbed0e7a5afb6b29aa564da5ef56c37b0beaa9646b31bcf58ec4e9d93b01508475178c01a46b68db053c053c6d039edafa516617cda5fe8ce6a46212159228be2115a3f2867aaed69fd157e03c0d074d46f44680a4205d526d17901490b40d486aef978e5fe1d48abeef1b2f96d07c02ef2de05713f2728a2ccf49588908c028481782946e7b06805180d136c0e8406d79542a26e5dd329a8a572736247106a5f2fa1613b290f44e401361dd056300e91ada7601490149db80a48e46a1d1b2bc5b568ea7e58d191c5d27114609db1102300ad2253548216ca84142da7a050f541c5d0746076b305aab354aaeab93baf904ca1c9235b0ef042811d65d300690aea16d175251c0d036a4a2cecf31f4cdaab2fd4e12672efd7e73709b80a1600c10a1101fff018692b8c3142d2f9f5492f8c55b35dd9b9b973e2e13b4c314e736714e44f13da998c1b3693c9797978b28be77f6ac3e405ec3a58346f45e1086817449b55d405ec85edbb2e714ff9ec7b9a43cbb8313f33a7a567351652d86e6d6947c1a250ea4a3560e3a840940c05330068856004f7be444405851bdde9e5325bf8ab77e43f3b3fa51f1682a8e0a25a99c51d3d597b372be00606ab86ccf88013e4456205d526d17925312a78525317b7af0a076a62e41d3c2d2715e291c4bc58f38b58a530bcab6bac5468760b27c2c61458a00b8205d0867baed190070217b6dcb6c70753a83563224e2e69d0022c2ba0bc600d235b4ed026e026eb6e5a441652d86777fd18ba9f4737ad1b428271372f2ffe0390d874b46744500a3205d526d17601460b42dc70caa35c95bbfa1a3e7ea17ba6577d1ca7a757a0ecd414edaed114e9843023005e9926abb00a600a66d396c50cf496bfb52b52d3372bea014567062b13a9dc18b3b685a44f14374f8bb327b88e61661ef8c4121cb885e0a1016a44baaed02c292589e84e25b2795a4fe1569c49527e92baa9228fe2dc3ad463fe2dc1bf50bcab5b2e14fd1d859bc968a193495d19945f183b35b5cf5496658a83528061ad1ed0164837449b55d806c488adb52e0d400621d7971ee3d4e2771f640d92f55a34bf29b553d6b962bfbb2b8a7ec97e4ec068032499e8230c706a00cd225d57601940194dbf33dad5a520f4ed270106444af038809d225d5760131af509bcd6ab635d35b8067fc8fc39e86e6acb7b629b638a19e95182d2b853c593ec96223cbe55bee4277e17b6f7b52baa4d9aecb48106573e92f5fe5f36db7e2f3d1f2f2a7684c2e3f578e36a5e20c2aed23714d2eafcbe52d947adddaaa23ec848334058c019240c2d214f5c3cbb6e44e757257bf789ff6f89950e032577cbeea412f91402b19a550682cce28db49a550c1137134f54713ce1aac085eb6a6032fdba443df7bbc2cfd0dcff86b9a10bc6c4d554ea7bd6951cc8fbe267ad25efc8ae3fd341fd1aeb870fda908130ab0b44ac9c7b11cefa6ccda8f7a23f2b39bd2da88843d3eda4d996bb4587a58b8c1eb5e4e10b8e00d08f067a1be85f7995084f1d3f76f4ce187962998ce29c4cb3ef03ce546858646879971fa8cd655937ee8e14f9537a6d13aafff9a72c6dcd440d3f8b321fd8b08d4a57b0105d3b9ee78d9071cf7a42e0b9df1c6830de3568db81e467dcdb1b5065c75897e7e5bad8a3275e8e9de6cd2f499906f2d58b6baecceeb04cb036d4412d5499f4192b1a127341dfe961e179a7aedb3deb9855879c0d91c12ffcea0c5dc650e75c0315222a599e6ed576dfe33e1c9e5e7f8754e2eefe374ac35f3208647512df56c854712f4a8afd9e99cf6aa1ed1ce12cebd4785bc5c7edeab7a6c796adbf8488473efe5f29c8e44f2f23e9e5d55fe3854b6933dc9acce269a9fbd8a4783e252074e3abf9600dbe8ae0cce026801b4d04943ea9550b257c2c55e09097b25ec2327b4330c0730c28da50f18e1648d70e3c4fa06ad19ed20e674a4bb205d902e18030c357064e07701d520662036663048899124663f456368eb25ca6dc84b9352b1acacc5aa2f0ad5772fd15c0a674bcaf1f225354557b5fd15e77fdabc61fce2eda7e82f2d11bdbc662abea532a4cdc4e85fe48c53abe8594a654e9ca9e64bc6e1e33113087984515e9f2f3f9ffbaf884a7a02a54594f92067dfa0d82a120fd16eb4136d59cdd60154dab7e05cc2e2c42f569bb611a17d82fed630c70934ff881ea6793ae4a34f47173dec196505aa8f1f62fc6eea91df6ff57bbc0303f4a0c365377b1d54df78900d45867837352208e1219329e21ba1839e483f17a643e3417698e3831e21d2cff10113373cccf8e8ff70bed1201d124c56b3d961e269d623305c2832c28423b5811c0e3cfeb97e6c93cbacd54e8cb8298bc369d356ac389ea143829b52a5c07b98fa426338f0d0c3ab1de7c2eaa9482eed59ad12c94d59ec835a05955eb9e4a62c2ea776ad563ab929cb80537b7844cb54dd9473c0a25eea3271532e9755bd0c8c0ada65bd4ac3c7b191d3a22cbbb5be50e6e77c6a0d4d43842c13a2235a634c88fe8e117c236a55945e89633ad58149ed9dffa9f687bf26a27b7f01504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865de40147b29e0100009e010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f37383862343934343564323734633032383562353834636664326364333766372e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae58dabe7949fe581a5e5bab7e5b18032303234e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865d32caa9ab0a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22526338646564653433666631383435653722202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f37383862343934343564323734633032383562353834636664326364333766372e70736d646370222049643d22523861396230303564656535643465396522202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865d4dd1fbf5d5000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d0314ec33014c6f1ab586f2776a234a5a86e1716d6aa1770ece7c4aaed67d92ea46763e0485c0109185ac4c0c2fa0d3ffdf5bdbfbe6df74bf0ec1973711425b48d0086519371719270aef6ee1ef6bbed01bdaa8e62995d2a6c093e160973ade981f3a2670caa3494302ec15bca41d5d2509e7852faa426e49d1003cfd706dc9aec7849f81791ac751a1f499f03c6fa0bcc4bbd782cc08e2a4f5825f017cae67b6d96e0813d1909076cfb56770ad7b811fdd88dc0f8bf2559a28af967d2d7da5e3519d31935ae56b81e36bd1887cf267ef3fdee03504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865de5e83e7caa0d0000cc0e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481d90d0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a481a8110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865de40147b29e0100009e010000510000000000000000000000a481ab1200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f37383862343934343564323734633032383562353834636664326364333766372e70736d646370504b010214031400000000007144865d32caa9ab0a0200000a0200000b0000000000000000000000a481b81400005f72656c732f2e72656c73504b010214031400000008007144865d4dd1fbf5d5000000b40100001c0000000000000000000000a481eb160000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a481fa1700005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd010000341900000000');
INSERT INTO public."ReportFiles" VALUES (9, '186f6f5d2d54b92f0e0350e34872d9c3f155f1fbb964a46c0998cee98c252229', '示范区卫生健康局2025年政府信息公开工作年度报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '\x504b03041400000008007144865dd744f7bac80d0000c90e010011000000776f72642f646f63756d656e742e786d6ced5ddd53dbc616ff5718bd5ffc858dcdd4e9dcf6ce340f49a7d3747a9ffd218c1ad9f2c8a2903e990b06dbd8903486e482f3e194af9b808142c1964df85f1aed4a7ee25fb823c936a418700db6b5f6c90320657576cfc79edf39bb67a52fbe9c0cb2033fd37c84e1426eca3268a606e8908ff333a1809b1a1746ffe1a4bebcf7c5c4889ff38d07e990303019644391910937352608e1119329e21ba3839ec82017a64393417694e3831e2132c8f101d304c7fbc33ce7a32311261408b226abd9ec30053d4c8852497a39ff13f57758fbf11daffd7a243c61e98189919f3dac9bfa9e0e73bcf00323b0343560baf785a9de4efb21dc93d74425358d52224a7f90336fd0d43a128fd17ed46ab6da51f110674e9198954e73786a17c5b651398a8ed7a5932c2a1e22710327d7d1b3a44a54d048f37a07cd0ce93eed5125d478505221fa293a85a325e9e4399e8ea1d93fdad08798fa149d920a2594dcd239bbc8eb35bd0a5eb6fa4ba72778d94622f77859fa1b9ef16bbd6badfe3d30a16adde91c1aa2062646842761da4df9273dd5163ff96a147c7448a0f9f307bfe2783fcd47b42b2e5c6ba55a84aad589111fc772bc9b326bffd41b915fdc94d64724ecf1d16eca5ca5c5d2a3c22d1ef77282c0056f4180670263b71900138a307efafead29fcd83205d3258578d9079e27dcb850d7e82833495fd0fad734cb3ef4f0e7ca9bd0685dd67f5539136eca3edce8ffebd2bf8a404dba5750305d1a8e977dc0718f6bb2d019af37ac1bb76ac4ea9f019ef17fcdb17a0756d790b3daed67f72d2e87fd8afb8e6bdb9b3eeb4bd03be7f541f83c21e151986584aa50f9fbf44543b2395c2ab763df8fb3b49bf2080f684f44a813add2107cfacfdad50d93511de4a3b02754eb63a87affe77fb24c20d460a29ace8937e396685e554495e8639a0e7f4b4f0a8d1df4f6b624a6507a0abfcac9dbdb67e5b854889e9513955cb1817bd2865165bca382d40de2b2203b2fb02a58cdc650fe1a095dc9886e9146600467b755988d1fa1c56752e9082fedb5c68ec350ec886ff0cebbdbb06310edc80b7b4a2e85b309bc14bf899dde9a8e75095d9289b239237f786b30b57e3b1ef45e50eba5413b0d36ab6e1aafcd4598802dd748b86f66462e8533a7cae68c929ac6d14dbc3c27958e08d3a38db08962b1102660bbdd481385c8d058cc4068dcb6d0d8ee74399ab1085bb763ccb519f9e92c9a3d40f915bcb457995b34d2bcea2a00e50b68719710d5df028fc05b36e32d516c07bc25784bf09657784b5532272bbde22dad467297dd0441541651fca847d46a0114bc65ce80621f0005fb1e0571e648392c56e69e55debd528d22bd249da4cfca2b52610ec5a6cfca09f09ebaf794c479a9b0a2ae616912eb11376a730c0e5b6e04487d93b2250cbaa3ba88845a17913942f13df46b4a8fdc2e9768c8990365f7184a18a084014a18ae2e6118bea222c162a9ad687e5ef16076ba1add77b8861bdf76fcaddbc377d7ba2da5141a4d3dd46a2ec2b7b9745a4d7bf987341fa83b439e8e081e5ee8d442e2c5ea2bb50ea7b1fb3d2bc7d505c6f80bbcb487d379796506cd7f94b74e50ec403e284905f1acbca2c6978568255744c9b77aac59c915a5e23cfa3575564ec93b09495cd0da24ea6dd0eaea8536d7041a57ca7ac8396c6f46d6c3dd5baad7204912c52b51a94da96887edd6c7850426344e775ad0cdd989e6381a24dddd9c7a9793f4b9f7f2cc91248a2d4c04db90d3da8cf2ecdddba138585267417c19c58ea4d2b25c9a914b732d70aa397ba3ab12474b4a3e0793ddb893dde8feca20b56b6869562aac48e529a9d0ca7ab061f890379fc96f33382be2d7332df1316c103ed63e4ae51514db96579377ee42bb8109e8e33ccea6513247be6e74606b17a419c261757ebfe46f47a56ddd47a99ecfd18a2df0f21ece1c5db9087543f94537ccf9c62d15b3b19cc98de3256bb836c2ac812ce95ac9922e69536db873c90c71a0503d509944c543b9f45c39d9ee255020cc50fb62b8600c205d43db6ee72141dbd4eafcb2e075a982b6655d3dfbb78192afe5a7b372e9397e9d6d61cedbac665b338867ed086ff5b3b89218974aeb3ac491e5c986fa0127081b2ec05a3b3333906e9387d18883b5362c0d5e51c6451e4c896a6541657a0bc5677598526b1c53a27aa91591c92b3367e5145a7cafe473cae97fa54254dda83f7977564e4985b492cfe9abbab59bad1429c01a0ea09c118c016208906e333104a0dc0d0e5daf943452b2a925640935212ba42531de7242a6d77a76fa74926510edbf96c405b47a82f247f2e64bb43b4b16cef6856b256cb8600c205d43db2ee0ec9de0ac71b2dfeea0a775b09aa26ac554fa59357cb0a4be926c630aefbc237175b62f008ab0e1823180740d6dbb80a780a77780a7b64194de478bc93fa359a99040f9048a6d4985a8bca5be55ebcfe82b709e868326237a2340d22e55a0429c726be902920292de01920e0d4aa7af70724d3ff68d978be8691c1f2ce157d3f26a92acb94d58313cc028481782946e7b06805180d13b80517b757b542a24e4fd129a8d55a6b724711e2573fa0913b290b42fa089b02391600c90ee1bda7601490149ef00491df542a35579bfa49ccec95bf338ba49228c42426a3ce9028c028c761f460df5ba7bc2ceaf40c55133303a5c85d16aad5162535dd4cdc551fa18dc26a4a2b0376adc75098850a0ca0830d40855bbcecf31f4cdbab2fb4e12e7affdb8394cec7e5bce052f0fd2ed41db853c94c413a66875f5ac9cc02fdeaae9dee253e9e32a41274c71761b6745143b900a69bc90c28b3979b5806207175fd507c86b382833e26614846110d7906abb80bcb0027c27674ef1ef399c4dc80b7b38fe5447cf4a36aa6c4ca1c50d259742f123e9a495f71cc28e6a8fe22964b2205d526d17f0147654db9b9fda0695dc3adef90d3d5dd0df148f6663285f944a69355d7db920e7f26481296133bc2f860bc600d235b4ed42724ae2b2b02466ce5f3ca8bd5397a06561e934a7e44fa5c2479c5cc7c92565573d62a34330f858c32198119d16002e489754db05c085d5e03b590daecca5d15a9a44dc847334809b1095741b888c889bb0ea0babbe6d5ff5dd98c2fbffd18ba9f4f7f4a239514ec4e5c4ffc88251c2e6765f0c178c01a46b68db85f413d2cf3b79cda05a93bcf31b3a79ae7ed02db38fd6362b738b6891d49c943074ea8b141a8c01a4db7ddb859c1472d2f6e6a4f66a4e5a3d97aa1d9991737925bf86e3cb95b9345ede4373228a1da3e3df958563b4b80c67670c0a5980b0205d885f205dedf353abb19db37242ff441a71e5497af62a89e25f32dc4af423cebe513f50ae950d7f8a4e5dc46ba99046b3699d59143bba78c4555f64263129ee8b2c93b0e142520cd2edbeed42520c4971bb3fb15a07621d7971f63d4e2570e648392c56a22bf29b753d6b96cb87b278a01c16e5cc563f80725fa01c61c3056300e91ada7661db17b67defe63bad5a520f4ed270106444af038809d225d57601316f509bcd6ab635d25b8067fc8fc29ebae6ac1d3b145b9856df95182d29f91c593ec94298cb276c5dd8469635f4ceb74f40bab79f6a0e234194cda53f7c93cfb775c4e7a3d5d54fd129b9f45c39d9960af3a87888c40db9b429977650f2756bbb8e30ef7bd44d1196a61006b18449b7e776dbd45f5eb62577aa93bbf9c1fbb4c7cf8402d7b9e2cb1b2cfa6e0c5a4b2bf97c7d7346d94d28f9329e8ea1d93f1a70566745f0b2551d78d90603fac1e365e96f78c65fd584e065abaa723a871a16c5fce46ba027edc1af38de4ff311ed8a0bd75a45985080a5554a3e8ee5783765d6fea93722bfb829ad8f48d8e3a3dd94b94a8ba547855b3ceee504810bde82007f11ea5b789e0945183f7dffd6147e6c9982e99242bcec03cf136e5ca86b749499a42f685d35e9871efe5c79131aadcbfaaf2a67c24dd91bba9ebaf4af225093ee15144c9786e3651f70dce39a2c74c6eb0debc6ad1a712d8cfa9a63ab1db86a12fdfcb65a15656a53ebdeecd2f499903b162c5b5d43ce668265fb1d2289eaa42f20c9c4c8639a0e7f4b4f0a0dbdf645efdc0222da9d8d21f1af0c5acc5de650071c2325529a6976be6af3ef094f2e3dc7afb372e910a7a65a330f627814d552cf567824418ffa9e9dce69afea11edade0ec7b94cfc9a5e7bdaac79697b68d8f4438fb5e2e2dea4824af1ee28575e58f636537d193ccea6ca2a70b37f168505c6ac3b7a39b12e01dba2b83b3005a002db4d3907a2594ec9570b15742c25e09fbc809ed0cc301cc7063e90366385933dc38b1be41f7dfda88396d192e4817a40bc600530d1c59bff8dd566a7600d540ba46b05dabe14b8c2431f3293a85765ea2ec96bc3223154acac654e545bef2ee255a4ce24c51395dbda6a6e8a6bebfe2fc4f1a778c5fbcfd14fd4f4b44afaf998aeda80c692b31fa879c71721d3d4baacc89f3955cd1387c3c6202218f30ceebebe59773ff3551494da39488d21fe4cc1b34b58ec463b41f6d475f56b3d5818a87169c8d5b9cf8c57ac33e22b44fd09f1ae53881e6bfa747699e0ef9e8f3d9458f7ac659811ae04718bf9bfadeee779afd16ab75d469370f791d3e6a6032c8862223bc9b1a1384f088c914f18dd1414f64900bd3a1c9203bcaf1418f1019e4f880891b1d657cf4bf38df78900e0926abd9ec30f134eb11182e141963c291ea440e071efd527b6d93cbacd54e8cb9298bc369d376ac389ea143829b52a5c07b98da466338f0d0c3ab03e7c2ea5b915c5a5bad12c94d598686b50a2abd72c94d595c4eed5aad74725316bb536b3ca665aa6eca69b7a897ba4cdc94cb65552f03e3827659abd2f0716ce4bc286bc85adb28f3733eb586a62e429609d111ad3326447fc708be31b52a4aafc4319debc0a48eceff44fbc35f15d1bdff03504b03041400000008007144865df3d281bea2030000cc1100000f000000776f72642f7374796c65732e786d6cc5575f6fdb3610ff2a02df1339ae9706469522f5907540e01649da774a3a595c295223a9c8c95b070c01d2971543d33e26ed0614d8526c403b0ce8ba7d99d84dbec5404a8aedc836522b7ffc22dd89bce3fd7e77e7e39dbbdd885a5b2024e1cc410bf3356401f3b84f58c741890ae696d0dde53b6953aa6d0ad2ea4694c966eaa050a9b869dbd20b21c2729ec7c0ba110db888b092f35c74ec940b3f16dc032909eb44d4aed76a8b76840943daa0cfbdaf21c00955528be2a1c8c55c328f55ce94b4d226961e210eda241148ab0da9b5ce23cc909536c31526c77f012cd58a24d841c71fffebbd7ba6759e1cb3d4d6ae9e806056dadcc2d441f55c27770acdad81aa254b4a8a59a750029b7bb431ea7e279c6bb5b5ca253e711016731b2b66a79d076a9f0f3f3e2fe9474a7c9eb6385382d3c25b80a984c29659678feeb64b401b22adb4a9b66370508c05ee081c87fa7ce6d3b7be83da9a46aa557eb6d3414a246078633882c27db1cea0f0fdaa213f13f2337fe7154b5daec2f30735fe2e7aa67588b9509b44d1f239fa7bbff69eeff50f764f5fbfca4fe36209fe0336f6a40cbaaaf89099bdc7fded29613c0188db7a53960331f68861dc85800b7050bd51d367c58102e1a0c692912861e0a0dbb533613da1e020e8624fe5be06f078c0148811802ebb0a7aef9e1d7ffa797a15b8f9a325cf5740a331a60272e5501ecf40e97dc0badb4c20f5f36f07277b3fdc1cb50bf5616a8788fd6a710ab184f956da0c88906acdac5ecc32e44cd30ab1900eaaebec303b78a2b4a9b5adb3daae5d69369c7e7cfe85d9508d6543c384ba3d7ad3dfdfbd0a72cb745e0799d53adc06e930ac1231a9cb9dfcf4a9fffbbf33a135307d3d9009d209d5195c462ae5fda0059aef9700600b9812e097e0ebfdf9e3f1df47fdfdddded1cb99e02b0c5f357853ff1566c3649526325c83409550393dfcab7ff04f055406a6af1697aa49416929f693c3b7d5623756a784cd70bcc9bf11c42fcf6b5f004a3e5d0c40c189e2a55ca1050537393f0c4fd145850f668885a5313344aeac3e43809842f2c9e1dbde2fefc7935ce2b24cf490fd8b0cbb9756b7ed2472a7c6d57ff1c7c4e4bd405c43f6af35ae55ceb5a17233faf0f9e0e96c6d28b338631437512b83baa88fab8bfa45eb426197c2b8ab92d6ebe63369903009947b562ecd00502ebdc7850fc25c16158f8b4dfa129ff9f138e5ba43999f71bce3a0867989b197f5b1ec5e0c81aab0dde54af1a88201a1278a0afb0993c487fb952d3c9ed9823d4a48268ea643f12697ff07504b03041400000008007144865d33e54dbad50000005801000010000000776f72642f666f6f746572312e786d6c858e4d4ec3301085af62cd9e3865819015bbea02d856f4045632492df94fe32109bb1ea227ec49505c09011b366f36effbe675fb357831231597a2865dd382c0d8a7c1c549c3078f0fcfb037dda24626b1061f8b5a349c99b392b2f4670cb63429635c831f1305cba54934c925d19029f5588a8b53f0f2b16d9f64b02ec266cb358e54cf893f3d8a45cdd66b78c79c885f53622410d274f2bb5883b715aa64dba3864c5890660473bb5cc556e50ad4e6e887930bb9aa5d2c4c1ac4f1f0f622ea82bbccec7e41f207f5df4771bb5cffc2f9ae60325f504b03041400000000007144865d79c7d8c79e0100009e010000510000007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f32316237313162356634636334646635616236623938396566386237356236632e70736d646370efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c636f726550726f7065727469657320786d6c6e733a64633d22687474703a2f2f7075726c2e6f72672f64632f656c656d656e74732f312e312f2220786d6c6e733a64637465726d733d22687474703a2f2f7075726c2e6f72672f64632f7465726d732f2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e63652220786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f6d657461646174612f636f72652d70726f70657274696573223e3c64633a7469746c653ee7a4bae88c83e58cbae58dabe7949fe581a5e5bab7e5b18032303235e5b9b4e694bfe5ba9ce4bfa1e681afe585ace5bc80e5b7a5e4bd9ce5b9b4e5baa6e68aa5e5918a3c2f64633a7469746c653e3c64633a6c616e67756167653e7a682d434e3c2f64633a6c616e67756167653e3c2f636f726550726f706572746965733e504b03041400000000007144865dfc9039c70a0200000a0200000b0000005f72656c732f2e72656c73efbbbf3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d227574662d38223f3e3c52656c6174696f6e736869707320786d6c6e733d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e7368697073223e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f6f6666696365446f63756d656e742f323030362f72656c6174696f6e73686970732f6f6666696365446f63756d656e7422205461726765743d222f776f72642f646f63756d656e742e786d6c222049643d22523138616563663732653761653436636122202f3e3c52656c6174696f6e7368697020547970653d22687474703a2f2f736368656d61732e6f70656e786d6c666f726d6174732e6f72672f7061636b6167652f323030362f72656c6174696f6e73686970732f6d657461646174612f636f72652d70726f7065727469657322205461726765743d222f7061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f32316237313162356634636334646635616236623938396566386237356236632e70736d646370222049643d22526664366439356538396433303430316122202f3e3c2f52656c6174696f6e73686970733e504b03041400000008007144865d7955df97d5000000b40100001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73b5d03b4e03311485e1ad58b767ec7964344271d2d0d046d980b1af67acd8be96edc0646d142c892d200145822868684ff1e9d7797f7ddbeed7e0d933e6e2284a681b010ca326e3e22ce15ceddd04fbddf6805e5547b12c2e15b6061f8b84a5d674cf79d10b06551a4a18d7e02de5a06a6928cf3c297d5233f24e8891e76b036e4d76bc24fc8b48d63a8d0fa4cf0163fd05e6a55e3c1660479567ac12f80b65f3bd366bf0c01e8d8483ea07616cdf4d4a0d433ff6c0f8bf2559a28af967d2d7da5e356dcc244cdb7576da88e169d49f4dfce6fbdd07504b03041400000008007144865dbd73a00809010000c2020000130000005b436f6e74656e745f54797065735d2e786d6cadd2c14ec3300c06e057a972454d360e08a1753b0057e0c00b44a9db462476647ba37b360e3c12af80d6a221210402ed6cebff6ccb6f2fafabcd9853b5039648d898a55d980a30501bb16fcc56bbfad26cd6abc77d01a9c69c501a33a8962be7240c90bd582a80634e1d71f62a96b877c58727df833b5f2c2e5c205440adf59061d6ab1be8fc3669753b2ae0cc8e3999ea7aee3b508df1a5a418bc4642b7c3f60b5253d7c5002d856d0654fb4cdc16a6002211fb9cecb1927dc4b329de7d2b17c96d287fc33fb6b38118eac254803582fcc43024f91fc290a61e1962f924ee77c01c5ba81e3ceb9dcfd01877388213dd27107bf283ceb9bffb1d91022f4f3fc01c7c1cc04d1fb97e07504b010214031400000008007144865dd744f7bac80d0000c90e0100110000000000000000000000a48100000000776f72642f646f63756d656e742e786d6c504b010214031400000008007144865df3d281bea2030000cc1100000f0000000000000000000000a481f70d0000776f72642f7374796c65732e786d6c504b010214031400000008007144865d33e54dbad500000058010000100000000000000000000000a481c6110000776f72642f666f6f746572312e786d6c504b010214031400000000007144865d79c7d8c79e0100009e010000510000000000000000000000a481c91200007061636b6167652f73657276696365732f6d657461646174612f636f72652d70726f706572746965732f32316237313162356634636334646635616236623938396566386237356236632e70736d646370504b010214031400000000007144865dfc9039c70a0200000a0200000b0000000000000000000000a481d61400005f72656c732f2e72656c73504b010214031400000008007144865d7955df97d5000000b40100001c0000000000000000000000a48109170000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b010214031400000008007144865dbd73a00809010000c2020000130000000000000000000000a481181800005b436f6e74656e745f54797065735d2e786d6c504b05060000000007000700fd010000521900000000');


--
-- Data for Name: RollUpPartials; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."RollUpPartials" VALUES (1, 2024, 2021, false, 5, 0, '{127,58,212,118,85,291,85,134,86,477.83,73,6,1,6,8,6,100,0,0,0,0,0,0,0,38,4,1,4,6,1,54,0,0,0,0,0,1,1,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,2,4,0,0,0,1,0,5,1,0,0,1,0,1,3,1,0,0,0,0,0,1,2,0,0,0,0,0,2,1,0,0,0,0,0,1,1,0,0,0,0,0,1,3,0,0,0,0,1,4,8,0,0,1,0,0,9,1,0,0,0,0,0,1,0,0,0,0,0,1,1,2,0,0,0,0,0,2,1,0,0,0,0,0,1,2,1,0,0,0,0,3,2,0,0,0,0,0,2,3,0,0,0,0,0,3,73,5,1,6,7,5,97,0,1,0,0,1,1,3,1,1,0,0,2,0,0,0,0,0,2,0,0,0,2}', '{5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5}');
INSERT INTO public."RollUpPartials" VALUES (1, 2025, 2021, false, 4, 1, '{90,108,90,59,85,275,78,101,68,647.76,46,2,3,8,7,4,71,0,1,0,0,1,1,3,24,1,0,4,4,3,36,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,2,0,3,2,0,0,0,0,0,2,2,0,1,0,0,0,3,2,0,1,0,0,0,3,0,1,0,0,0,0,1,1,0,0,0,0,0,1,1,0,1,0,0,0,2,1,0,0,0,0,0,1,0,0,0,0,1,0,1,1,0,0,0,0,0,1,3,0,0,0,0,0,3,2,0,0,0,0,1,3,0,1,0,0,0,0,1,1,0,0,1,0,0,2,1,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,1,43,3,3,6,7,4,66,3,0,0,2,1,1,7,0,0,0,0,0,1,0,2,0,3,2,1,1,1,5}', '{4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4}');


--
-- Name: Agencies_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Agencies_Id_seq"', 6, true);


--
-- Name: AspNetRoleClaims_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."AspNetRoleClaims_Id_seq"', 1, false);


--
-- Name: AspNetUserClaims_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."AspNetUserClaims_Id_seq"', 1, false);


--
-- Name: Attachments_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Attachments_Id_seq"', 1, false);


--
-- Name: Audit_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Audit_Id_seq"', 126, true);


--
-- Name: CalendarVersions_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."CalendarVersions_Id_seq"', 1, false);


--
-- Name: Cases_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Cases_Id_seq"', 120, true);


--
-- Name: CellOverrides_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."CellOverrides_Id_seq"', 1, false);


--
-- Name: Challenges_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Challenges_Id_seq"', 6, true);


--
-- Name: Consultations_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Consultations_Id_seq"', 1, false);


--
-- Name: Digests_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Digests_Id_seq"', 1, true);


--
-- Name: FiledFindings_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."FiledFindings_Id_seq"', 2, true);


--
-- Name: FiledReports_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."FiledReports_Id_seq"', 9, true);


--
-- Name: ProactiveCells_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."ProactiveCells_Id_seq"', 10, true);


--
-- Name: ProactiveItems_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."ProactiveItems_Id_seq"', 1, false);


--
-- Name: ReportDrafts_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."ReportDrafts_Id_seq"', 1, false);


--
-- Name: ReportFiles_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."ReportFiles_Id_seq"', 9, true);


--
-- Name: AgencyAncestors AgencyAncestors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AgencyAncestors"
    ADD CONSTRAINT "AgencyAncestors_pkey" PRIMARY KEY ("AncestorId", "AgencyId");


--
-- Name: Agencies PK_Agencies; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agencies"
    ADD CONSTRAINT "PK_Agencies" PRIMARY KEY ("Id");


--
-- Name: AspNetRoleClaims PK_AspNetRoleClaims; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoleClaims"
    ADD CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY ("Id");


--
-- Name: AspNetRoles PK_AspNetRoles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoles"
    ADD CONSTRAINT "PK_AspNetRoles" PRIMARY KEY ("Id");


--
-- Name: AspNetUserClaims PK_AspNetUserClaims; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserClaims"
    ADD CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY ("Id");


--
-- Name: AspNetUserLogins PK_AspNetUserLogins; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserLogins"
    ADD CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey");


--
-- Name: AspNetUserRoles PK_AspNetUserRoles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId");


--
-- Name: AspNetUserTokens PK_AspNetUserTokens; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserTokens"
    ADD CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name");


--
-- Name: AspNetUsers PK_AspNetUsers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUsers"
    ADD CONSTRAINT "PK_AspNetUsers" PRIMARY KEY ("Id");


--
-- Name: Attachments PK_Attachments; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Attachments"
    ADD CONSTRAINT "PK_Attachments" PRIMARY KEY ("Id");


--
-- Name: Audit PK_Audit; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Audit"
    ADD CONSTRAINT "PK_Audit" PRIMARY KEY ("Id");


--
-- Name: CalendarVersions PK_CalendarVersions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CalendarVersions"
    ADD CONSTRAINT "PK_CalendarVersions" PRIMARY KEY ("Id");


--
-- Name: Cases PK_Cases; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Cases"
    ADD CONSTRAINT "PK_Cases" PRIMARY KEY ("Id");


--
-- Name: CellOverrides PK_CellOverrides; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CellOverrides"
    ADD CONSTRAINT "PK_CellOverrides" PRIMARY KEY ("Id");


--
-- Name: Challenges PK_Challenges; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Challenges"
    ADD CONSTRAINT "PK_Challenges" PRIMARY KEY ("Id");


--
-- Name: Consultations PK_Consultations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Consultations"
    ADD CONSTRAINT "PK_Consultations" PRIMARY KEY ("Id");


--
-- Name: Digests PK_Digests; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Digests"
    ADD CONSTRAINT "PK_Digests" PRIMARY KEY ("Id");


--
-- Name: FiledFindings PK_FiledFindings; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."FiledFindings"
    ADD CONSTRAINT "PK_FiledFindings" PRIMARY KEY ("Id");


--
-- Name: FiledReports PK_FiledReports; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."FiledReports"
    ADD CONSTRAINT "PK_FiledReports" PRIMARY KEY ("Id");


--
-- Name: ProactiveCells PK_ProactiveCells; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ProactiveCells"
    ADD CONSTRAINT "PK_ProactiveCells" PRIMARY KEY ("Id");


--
-- Name: ProactiveItems PK_ProactiveItems; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ProactiveItems"
    ADD CONSTRAINT "PK_ProactiveItems" PRIMARY KEY ("Id");


--
-- Name: ReportDrafts PK_ReportDrafts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ReportDrafts"
    ADD CONSTRAINT "PK_ReportDrafts" PRIMARY KEY ("Id");


--
-- Name: ReportFiles PK_ReportFiles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ReportFiles"
    ADD CONSTRAINT "PK_ReportFiles" PRIMARY KEY ("Id");


--
-- Name: RollUpPartials RollUpPartials_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RollUpPartials"
    ADD CONSTRAINT "RollUpPartials_pkey" PRIMARY KEY ("Year", "AncestorId", "Template", "OtherCollapsed");


--
-- Name: EmailIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "EmailIndex" ON public."AspNetUsers" USING btree ("NormalizedEmail");


--
-- Name: IX_Agencies_ParentId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Agencies_ParentId" ON public."Agencies" USING btree ("ParentId");


--
-- Name: IX_AgencyAncestors_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AgencyAncestors_AgencyId" ON public."AgencyAncestors" USING btree ("AgencyId");


--
-- Name: IX_AspNetRoleClaims_RoleId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON public."AspNetRoleClaims" USING btree ("RoleId");


--
-- Name: IX_AspNetUserClaims_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserClaims_UserId" ON public."AspNetUserClaims" USING btree ("UserId");


--
-- Name: IX_AspNetUserLogins_UserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserLogins_UserId" ON public."AspNetUserLogins" USING btree ("UserId");


--
-- Name: IX_AspNetUserRoles_RoleId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON public."AspNetUserRoles" USING btree ("RoleId");


--
-- Name: IX_AspNetUsers_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AspNetUsers_AgencyId" ON public."AspNetUsers" USING btree ("AgencyId");


--
-- Name: IX_Attachments_CaseId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Attachments_CaseId" ON public."Attachments" USING btree ("CaseId");


--
-- Name: IX_Audit_CaseId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Audit_CaseId" ON public."Audit" USING btree ("CaseId");


--
-- Name: IX_Cases_AgencyId_ClosedOn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Cases_AgencyId_ClosedOn" ON public."Cases" USING btree ("AgencyId", "ClosedOn");


--
-- Name: IX_Cases_AgencyId_Number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Cases_AgencyId_Number" ON public."Cases" USING btree ("AgencyId", "Number");


--
-- Name: IX_Cases_HandlerId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Cases_HandlerId" ON public."Cases" USING btree ("HandlerId");


--
-- Name: IX_CellOverrides_AgencyId_Year_Path; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_CellOverrides_AgencyId_Year_Path" ON public."CellOverrides" USING btree ("AgencyId", "Year", "Path");


--
-- Name: IX_Challenges_CaseId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Challenges_CaseId" ON public."Challenges" USING btree ("CaseId");


--
-- Name: IX_Consultations_CaseId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Consultations_CaseId" ON public."Consultations" USING btree ("CaseId");


--
-- Name: IX_Digests_AgencyId_Day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Digests_AgencyId_Day" ON public."Digests" USING btree ("AgencyId", "Day");


--
-- Name: IX_FiledFindings_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledFindings_AgencyId" ON public."FiledFindings" USING btree ("AgencyId");


--
-- Name: IX_FiledFindings_FiledReportId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledFindings_FiledReportId" ON public."FiledFindings" USING btree ("FiledReportId");


--
-- Name: IX_FiledFindings_Year_Rule; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledFindings_Year_Rule" ON public."FiledFindings" USING btree ("Year", "Rule");


--
-- Name: IX_FiledReports_Figures; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledReports_Figures" ON public."FiledReports" USING btree ("Year", "AgencyId") INCLUDE ("Id", "NewReceived", "CarriedForward", "ReviewCorrected", "ReviewConcluded", "SuitCorrected", "SuitConcluded", "Errors", "Warnings") WHERE "IsCurrent";


--
-- Name: IX_FiledReports_FileId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledReports_FileId" ON public."FiledReports" USING btree ("FileId");


--
-- Name: IX_FiledReports_Grams; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledReports_Grams" ON public."FiledReports" USING gin ("Grams");


--
-- Name: IX_FiledReports_IsCurrent_Year_AgencyId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledReports_IsCurrent_Year_AgencyId" ON public."FiledReports" USING btree ("IsCurrent", "Year", "AgencyId");


--
-- Name: IX_FiledReports_OneCurrent; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_FiledReports_OneCurrent" ON public."FiledReports" USING btree ("AgencyId", "Year") WHERE "IsCurrent";


--
-- Name: IX_FiledReports_Portal; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledReports_Portal" ON public."FiledReports" USING btree ("Year", "Id") WHERE "IsCurrent";


--
-- Name: IX_FiledReports_Sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_FiledReports_Sha256" ON public."FiledReports" USING btree ("Sha256");


--
-- Name: IX_FiledReports_Year_AgencyId_IsCurrent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_FiledReports_Year_AgencyId_IsCurrent" ON public."FiledReports" USING btree ("Year", "AgencyId", "IsCurrent");


--
-- Name: IX_ProactiveCells_AgencyId_Year_Path; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_ProactiveCells_AgencyId_Year_Path" ON public."ProactiveCells" USING btree ("AgencyId", "Year", "Path");


--
-- Name: IX_ProactiveItems_AgencyId_Year; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ProactiveItems_AgencyId_Year" ON public."ProactiveItems" USING btree ("AgencyId", "Year");


--
-- Name: IX_ReportDrafts_AgencyId_Year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_ReportDrafts_AgencyId_Year" ON public."ReportDrafts" USING btree ("AgencyId", "Year");


--
-- Name: IX_ReportFiles_Sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_ReportFiles_Sha256" ON public."ReportFiles" USING btree ("Sha256");


--
-- Name: RoleNameIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "RoleNameIndex" ON public."AspNetRoles" USING btree ("NormalizedName");


--
-- Name: UserNameIndex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "UserNameIndex" ON public."AspNetUsers" USING btree ("NormalizedUserName");


--
-- Name: Agencies agency_tree_inserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER agency_tree_inserted AFTER INSERT ON public."Agencies" FOR EACH ROW EXECUTE FUNCTION public.agency_tree_inserted();


--
-- Name: Agencies agency_tree_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER agency_tree_moved AFTER UPDATE OF "ParentId" ON public."Agencies" FOR EACH ROW WHEN ((old."ParentId" IS DISTINCT FROM new."ParentId")) EXECUTE FUNCTION public.agency_tree_moved();


--
-- Name: Audit audit_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_no_change BEFORE DELETE OR UPDATE ON public."Audit" FOR EACH ROW EXECUTE FUNCTION public.audit_append_only();


--
-- Name: Agencies rollup_agencies_moved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER rollup_agencies_moved AFTER UPDATE ON public."Agencies" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.rollup_agencies_moved();


--
-- Name: FiledReports rollup_reports_deleted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER rollup_reports_deleted AFTER DELETE ON public."FiledReports" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.rollup_reports_deleted();


--
-- Name: FiledReports rollup_reports_inserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER rollup_reports_inserted AFTER INSERT ON public."FiledReports" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.rollup_reports_inserted();


--
-- Name: FiledReports rollup_reports_updated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER rollup_reports_updated AFTER UPDATE ON public."FiledReports" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.rollup_reports_updated();


--
-- Name: AgencyAncestors AgencyAncestors_AgencyId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AgencyAncestors"
    ADD CONSTRAINT "AgencyAncestors_AgencyId_fkey" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE CASCADE;


--
-- Name: AgencyAncestors AgencyAncestors_AncestorId_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AgencyAncestors"
    ADD CONSTRAINT "AgencyAncestors_AncestorId_fkey" FOREIGN KEY ("AncestorId") REFERENCES public."Agencies"("Id") ON DELETE CASCADE;


--
-- Name: Agencies FK_Agencies_Agencies_ParentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Agencies"
    ADD CONSTRAINT "FK_Agencies_Agencies_ParentId" FOREIGN KEY ("ParentId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: AspNetRoleClaims FK_AspNetRoleClaims_AspNetRoles_RoleId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetRoleClaims"
    ADD CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES public."AspNetRoles"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserClaims FK_AspNetUserClaims_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserClaims"
    ADD CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserLogins FK_AspNetUserLogins_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserLogins"
    ADD CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserRoles FK_AspNetUserRoles_AspNetRoles_RoleId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES public."AspNetRoles"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserRoles FK_AspNetUserRoles_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserRoles"
    ADD CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUserTokens FK_AspNetUserTokens_AspNetUsers_UserId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUserTokens"
    ADD CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES public."AspNetUsers"("Id") ON DELETE CASCADE;


--
-- Name: AspNetUsers FK_AspNetUsers_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AspNetUsers"
    ADD CONSTRAINT "FK_AspNetUsers_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE CASCADE;


--
-- Name: Attachments FK_Attachments_Cases_CaseId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Attachments"
    ADD CONSTRAINT "FK_Attachments_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES public."Cases"("Id") ON DELETE CASCADE;


--
-- Name: Cases FK_Cases_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Cases"
    ADD CONSTRAINT "FK_Cases_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: Cases FK_Cases_AspNetUsers_HandlerId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Cases"
    ADD CONSTRAINT "FK_Cases_AspNetUsers_HandlerId" FOREIGN KEY ("HandlerId") REFERENCES public."AspNetUsers"("Id") ON DELETE SET NULL;


--
-- Name: Challenges FK_Challenges_Cases_CaseId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Challenges"
    ADD CONSTRAINT "FK_Challenges_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES public."Cases"("Id") ON DELETE CASCADE;


--
-- Name: Consultations FK_Consultations_Cases_CaseId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Consultations"
    ADD CONSTRAINT "FK_Consultations_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES public."Cases"("Id") ON DELETE CASCADE;


--
-- Name: FiledFindings FK_FiledFindings_FiledReports_FiledReportId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."FiledFindings"
    ADD CONSTRAINT "FK_FiledFindings_FiledReports_FiledReportId" FOREIGN KEY ("FiledReportId") REFERENCES public."FiledReports"("Id") ON DELETE CASCADE;


--
-- Name: FiledReports FK_FiledReports_Agencies_AgencyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."FiledReports"
    ADD CONSTRAINT "FK_FiledReports_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES public."Agencies"("Id") ON DELETE RESTRICT;


--
-- Name: FiledReports FK_FiledReports_ReportFiles_FileId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."FiledReports"
    ADD CONSTRAINT "FK_FiledReports_ReportFiles_FileId" FOREIGN KEY ("FileId") REFERENCES public."ReportFiles"("Id") ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--


