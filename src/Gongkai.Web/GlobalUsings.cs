// The report year is a Core value every feature takes; named once here instead of importing all of Core.Model.
global using ReportYear = Gongkai.Core.Model.ReportYear;
