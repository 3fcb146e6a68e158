using System.Text;
using ContentGen.Cli;

// UTF-8 without a BOM and LF line ends on every platform, so output is the same everywhere.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { NewLine = "\n" };
using var error = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
var exitCode = CliApp.Run(args, output, error, showProgress: !Console.IsErrorRedirected);
output.Flush();
return exitCode;
