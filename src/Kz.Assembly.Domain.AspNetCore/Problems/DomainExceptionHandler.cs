using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Kz.Assembly.Domain.EntityFrameworkCore.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Kz.Assembly.Domain.AspNetCore.Problems;

/// <summary>
/// Answers an exception the domain threw about a value (a rule broken, a document refused, a merge conflict, a request
/// too large) with an RFC 9457 problem whose detail is the domain's own message: it names the value and the rule, and
/// nothing of the server. Every other exception is left to ASP.NET Core, which in Production answers a 500 problem
/// without detail.
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Classify(exception) is not { } problem)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = exception.Message },
        }).ConfigureAwait(false);
    }

    /// <summary>The status and title of an exception that is the request's fault, or null for the server's.</summary>
    internal static (int Status, string Title)? Classify(Exception exception) => exception switch
    {
        BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large." : "The request is not valid."),
        ImportConflictException => (StatusCodes.Status409Conflict, "The data conflicts with the stored facts."),
        DataSetException or JsonException => (StatusCodes.Status400BadRequest, "The data breaks a rule of the domain."),

        // An argument the domain refused: only when the domain threw it, so an app's own bug stays a 500.
        ArgumentException or FormatException or OverflowException when ThrownByTheDomain(exception) => (StatusCodes.Status400BadRequest, "A value breaks a rule of the domain."),
        _ => null,
    };

    private static bool ThrownByTheDomain(Exception exception) =>
        exception.TargetSite?.DeclaringType?.Assembly == typeof(AssemblyDataSet).Assembly;
}
