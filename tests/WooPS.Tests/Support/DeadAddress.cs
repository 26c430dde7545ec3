using System;
using System.Net;
using System.Net.Sockets;

namespace WooPS.Tests.Support
{
    /// <summary>
    /// An address where nothing answers: a port the OS gave this test, bound but never listening, so connections
    /// are refused at once and no other process can take the port while the test runs.
    /// </summary>
    internal sealed class DeadAddress : IDisposable
    {
        private readonly Socket _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        public DeadAddress()
        {
            _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_socket.LocalEndPoint!).Port}");
        }

        public Uri Url { get; }

        public void Dispose() => _socket.Dispose();
    }
}
