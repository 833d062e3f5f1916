#!/usr/bin/env bash
# Usage: bash tools/vectors/known-answers.sh > tools/vectors/known-answers.json
#
# Known-answer vectors for every signed Haso operation, computed WITHOUT the toolkit's code: each token string is
# concatenated here by hand, in the field order printed on Haso's page (see ../shared/haso-reference/facts), and
# the token is `printf %s "$msg" | openssl dgst -sha256 -hmac "$key" -binary | base64`.
# Tests run the signing package against this file; a change to the spec's recipes that disagrees fails them.
set -euo pipefail

salt='haso-mock-salt'   # the mock's documented test salt
mid='100001'            # the mock's documented test merchantId
ip='85.105.12.34'
first=1

# vector NAME OPERATION KEY BODY_JSON MESSAGE
vector() {
  local name=$1 op=$2 key=$3 body=$4 msg=$5 token
  token=$(printf %s "$msg" | openssl dgst -sha256 -hmac "$key" -binary | base64)
  [ $first -eq 1 ] && first=0 || printf ',\n'
  printf '  {\n    "name": "%s",\n    "operationId": "%s",\n    "hmacKey": "%s",\n    "merchantSalt": "%s",\n' "$name" "$op" "$key" "$salt"
  printf '    "body": %s,\n    "message": "%s",\n    "token": "%s",\n' "$body" "$msg" "$token"
  printf '    "command": "printf %%s \\"$message\\" | openssl dgst -sha256 -hmac \\"$hmacKey\\" -binary | base64"\n  }'
}

printf '[\n'
vector hasoAuthSendInfo hasoAuthSendInfo "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"shopperName\":\"Ayşe Nur\",\"shopperSurname\":\"Yılmaz\",\"tckn\":\"10000000146\",\"mobileNumber\":\"5161112233\",\"email\":\"ayse@example.com\",\"dealerSegment\":\"GOLD\",\"birthDate\":\"1985-04-12\",\"testOn\":true}" \
  "${mid}${ip}Ayşe NurYılmaz100000001461985-04-125161112233ayse@example.comGOLD${salt}"
vector hasoAuthSendInfo-turkish-no-ip hasoAuthSendInfo "$salt" \
  "{\"merchantId\":\"$mid\",\"shopperName\":\"İsmail Çağrı\",\"shopperSurname\":\"Işıkgöz\",\"tckn\":\"10000000146\",\"mobileNumber\":\"5551234567\",\"email\":\"ismail@example.com\",\"dealerSegment\":\"S1\",\"birthDate\":\"1990-01-31\"}" \
  "${mid}İsmail ÇağrıIşıkgöz100000001461990-01-315551234567ismail@example.comS1${salt}"
vector sendKkbPinCode sendKkbPinCode "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"kkbRefNo\":\"KKB-20261123-0001\",\"pinCode\":\"123456\",\"testResult\":\"A\"}" \
  "${mid}${ip}KKB-20261123-0001123456${salt}"
vector askKkbReportResult askKkbReportResult "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"kkbRefNo\":\"KKB-20261123-0001\",\"testResult\":\"RETRY\"}" \
  "${mid}${ip}KKB-20261123-0001${salt}"
vector reSendKkbPin reSendKkbPin "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"kkbRefNo\":\"KKB-20261123-0001\"}" \
  "${mid}${ip}KKB-20261123-0001${salt}"
vector reSendKkbPin-separate-key reSendKkbPin "a-separate-merchant-key" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"kkbRefNo\":\"KKB-20261123-0001\"}" \
  "${mid}${ip}KKB-20261123-0001${salt}"
vector setLimitFromKds setLimitFromKds "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"shopperName\":\"Mehmet\",\"shopperSurname\":\"Öztürk\",\"tckn\":\"10000000146\",\"mobileNumber\":\"5161112233\",\"email\":\"mehmet@example.com\",\"birthDate\":\"1979-09-30\",\"dealerSegment\":\"SILVER\",\"kdsLimit\":2500000}" \
  "${mid}MehmetÖztürkSILVER${ip}${salt}"
vector getPaymentsOfTransaction getPaymentsOfTransaction "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"transactionCode\":\"TRX0000123\",\"merchantOid\":\"ORD-2026-000123\"}" \
  "${mid}ORD-2026-000123TRX0000123${ip}${salt}"
vector setPaidPayment setPaidPayment "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"paymentCode\":\"PAY-0001\",\"merchantOid\":\"ORD-2026-000123\",\"paymentDate\":\"2026-11-23\",\"paymentReferenceCode\":\"BANK-77\"}" \
  "${mid}ORD-2026-000123PAY-0001BANK-772026-11-23${ip}${salt}"
vector setPaidPayment-no-reference setPaidPayment "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"paymentCode\":\"PAY-0001\",\"merchantOid\":\"ORD-2026-000123\",\"paymentDate\":\"2026-01-05\"}" \
  "${mid}ORD-2026-000123PAY-00012026-01-05${ip}${salt}"
vector getCustomerTransactions getCustomerTransactions "$salt" \
  "{\"merchantId\":\"$mid\",\"customerId\":\"5004\",\"ipAddress\":\"$ip\",\"pageNo\":1,\"pageSize\":50}" \
  "${mid}5004${ip}${salt}"
vector getCustomerPayments getCustomerPayments "$salt" \
  "{\"merchantId\":\"$mid\",\"customerId\":\"5004\",\"ipAddress\":\"$ip\",\"paymentStatuses\":[0,3]}" \
  "${mid}5004${ip}${salt}"
vector sendTransactionExpense sendTransactionExpense "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"transactionCode\":\"TRX0000123\",\"merchantOid\":\"ORD-2026-000123\",\"counterPartyAttorneyFee\":\"150000\",\"expenseAmount\":\"035000\"}" \
  "${mid}ORD-2026-000123TRX0000123150000035000${ip}${salt}"
vector getErrorCodes getErrorCodes "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\"}" \
  "${mid}${ip}${salt}"
vector getErrorCodes-no-ip getErrorCodes "$salt" \
  "{\"merchantId\":\"$mid\"}" \
  "${mid}${salt}"
vector loadCustomerBalance loadCustomerBalance "$salt" \
  "{\"merchantId\":\"$mid\",\"customerId\":\"5004\",\"balanceAmount\":\"50000\",\"paymentDate\":\"2026-11-20\",\"paymentReferenceCode\":\"EFT-1\",\"ipAddress\":\"$ip\"}" \
  "${mid}500450000${ip}${salt}"
vector setBulkPaidPayment setBulkPaidPayment "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"paymentCodes\":[\"PAY-0001\",\"PAY-0002\"],\"merchantOid\":\"ORD-2026-000123\",\"paymentDate\":\"2026-11-23\",\"paymentReferenceCode\":\"BANK-78\"}" \
  "${mid}ORD-2026-000123BANK-782026-11-23${ip}${salt}"
vector getPaymentPlanByDealerSegment getPaymentPlanByDealerSegment "$salt" \
  "{\"merchantId\":\"$mid\",\"ipAddress\":\"$ip\",\"dealerSegment\":\"GOLD\",\"orderAmount\":\"1250000\",\"notCalculateFees\":false}" \
  "${mid}${ip}GOLD1250000${salt}"
printf '\n]\n'
