"""JSON answers for the API in readable UTF-8 ("é", never "\\u00e9")."""

from django.http import JsonResponse


def json_response(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False},
                        content_type="application/json; charset=utf-8")
