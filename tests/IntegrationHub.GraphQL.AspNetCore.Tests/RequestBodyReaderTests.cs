using System.Net;
using System.Text;
using IntegrationHub.GraphQL.AspNetCore.Requests;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>Reading the POST body without buffering more than the limit.</summary>
public sealed class RequestBodyReaderTests
{
    [Fact]
    public async Task ReadAsync_EndlessChunkedBody_StopsSoonAfterTheLimit()
    {
        var body = new EndlessStream();
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = body;

        var result = await GraphQLHttpRequestReader.ReadAsync(
            context.Request, new GraphQLHttpOptions { MaxRequestBodyBytes = 100_000 }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("REQUEST_TOO_LARGE", result.Error.Code);
        // The pipe reads in buffers of a few kilobytes; far less than one more limit's worth is read.
        Assert.InRange(body.BytesRead, 100_001, 200_000);
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverTheLimit_ReadsNothing()
    {
        var body = new EndlessStream();
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = 10 * 1024 * 1024;
        context.Request.Body = body;

        var result = await GraphQLHttpRequestReader.ReadAsync(
            context.Request, new GraphQLHttpOptions { MaxRequestBodyBytes = 100_000 }, CancellationToken.None);

        Assert.Equal("REQUEST_TOO_LARGE", result.Error!.Code);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task ReadAsync_SmallBody_ParsesTheRequest()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"query":"{ a }","operationName":"A"}"""));

        var result = await GraphQLHttpRequestReader.ReadAsync(context.Request, new GraphQLHttpOptions(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("{ a }", result.Request.Query);
        Assert.Equal("A", result.Request.OperationName);
    }

    /// <summary>A body that never ends: "{"query":"aaaa… for ever, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Fill((byte)'a');
            BytesRead += buffer.Length;
            return buffer.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
