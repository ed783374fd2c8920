using Kz.Assembly.Domain.Activities;
using Kz.Assembly.Domain.Bodies;
using Kz.Assembly.Domain.Geography;
using Kz.Assembly.Domain.Identity;
using Kz.Assembly.Domain.Metrics;
using Kz.Assembly.Domain.Periods;
using Kz.Assembly.Domain.Sessions;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Kz.Assembly.Domain.AspNetCore.Tests.Package;

/// <summary>Echoes every bound value as JSON: the binders' and the JSON writer's rules meet here.</summary>
[ApiController]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "MVC actions are instance methods.")]
[Route("values")]
public sealed class ValuesController : ControllerBase
{
    [HttpGet("period")]
    public ReportingPeriod? Period(ReportingPeriod? value) => value;

    [HttpGet("region/{value}")]
    public Region Region(Region value) => value;

    [HttpGet("date")]
    public LocalDate? Date(LocalDate? value) => value;

    [HttpGet("body/{value}")]
    public Id<AssemblyBody> Body(Id<AssemblyBody> value) => value;

    [HttpGet("session")]
    public SessionNumber? Session(SessionNumber? value) => value;

    [HttpGet("count")]
    public QualifiedCount? Count(QualifiedCount? value) => value;

    [HttpGet("kind")]
    public AssemblyActivityKind? Kind(AssemblyActivityKind? value) => value;
}
