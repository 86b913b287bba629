using System.Net;
using System.Net.Mail;

namespace CryptoSmartTrader.Bot.Alerts;

/// <summary>Sends alerts by e-mail through System.Net.Mail.</summary>
internal sealed class SmtpAlertSink(AlertOptions options) : IAlertSink
{
    public string Name => "smtp";

    public async Task<bool> SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.SmtpHost) || options.To.Count == 0)
        {
            return false;
        }

        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort) { EnableSsl = options.SmtpSsl };
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            client.Credentials = new NetworkCredential(options.SmtpUser, options.SmtpPassword);
        }

        using var message = new MailMessage
        {
            From = new MailAddress(options.From),
            Subject = $"[cst {alert.Severity}] {alert.Kind}",
            Body = $"{alert.Time:yyyy-MM-dd HH:mm:ss}Z {alert.Kind} ({alert.Severity})\n\n{alert.Message}\n",
        };
        foreach (var to in options.To)
        {
            message.To.Add(to);
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return true;
        }
        catch (SmtpException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
