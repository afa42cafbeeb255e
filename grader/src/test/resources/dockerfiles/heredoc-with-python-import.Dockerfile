FROM python:3.12-slim
RUN <<EOF
cat > /main.py <<'PY'
from app import main
main()
PY
EOF
CMD ["python", "/main.py"]
